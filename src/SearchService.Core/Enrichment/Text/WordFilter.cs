using System.Runtime.CompilerServices;

namespace SearchService.Core.Enrichment.Text;

/// <summary>
/// A quick "certainly not one of these words" by length and first letter, before hashing a word to look it up.
/// Most words of a text are looked up in several sets (roles, head nouns, gazetteers) and are in none; the
/// hashing was a fifth of enrichment. It may say yes wrongly, never no wrongly.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong _lengths;
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;
    private readonly bool _ignoreCase;

    public WordFilter(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            _lengths |= LengthBit(word.Length);
            // Ignoring case, a word starting with 'ı' equals one starting with 'I': compare upper cases, then folded.
            var first = Fold(ignoreCase ? char.ToUpperInvariant(word[0]) : word[0]);
            // A word that starts beyond ASCII is found by words that do, and they are always let through.
            if (first >= 128) continue;
            if (first < 64) _firstLow |= 1UL << first;
            else _firstHigh |= 1UL << (first - 64);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || (_lengths & LengthBit(word.Length)) == 0) return false;
        var first = Fold(word[0]);
        // Beyond ASCII, OrdinalIgnoreCase has letters equal to ASCII ones ('ı' is 'I', 'ſ' is 'S'): always maybe.
        if (first >= 128) return true;
        return ((first < 64 ? _firstLow >> first : _firstHigh >> (first - 64)) & 1) != 0;
    }

    // Lengths of 63 and over share the last bit.
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    private char Fold(char c) => _ignoreCase && (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? (char)(c | 0x20) : c;
}

/// <summary>A set of words looked up as spans of a text, behind a <see cref="WordFilter"/>.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly WordFilter _filter;

    public WordSet(IReadOnlyCollection<string> words, bool ignoreCase = false)
    {
        _words = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _filter = new WordFilter(words, ignoreCase);
    }

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _words.Contains(word);
}
