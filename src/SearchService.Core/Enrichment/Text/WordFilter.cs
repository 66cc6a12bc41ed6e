using System.Runtime.CompilerServices;

namespace SearchService.Core.Enrichment.Text;

/// <summary>
/// A quick "certainly not one of these words" by first letter and length, before hashing a word to look it up.
/// Most words of a text are looked up in several sets (roles, head nouns, gazetteers) and are in none; the
/// hashing was half of enrichment. It may say yes wrongly, never no wrongly.
/// </summary>
internal sealed class WordFilter
{
    // For each ASCII first letter (folded when ignoring case), a bit per length; lengths of 63 and over share one.
    private readonly ulong[] _lengthsByFirst = new ulong[128];
    private readonly ulong _lengths;
    private readonly bool _ignoreCase;

    public WordFilter(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            _lengths |= LengthBit(word.Length);
            // Ignoring case, compare upper cases: a word starting with a letter beyond ASCII may equal one within it.
            var first = Fold(ignoreCase ? char.ToUpperInvariant(word[0]) : word[0]);
            // Words that start beyond ASCII are found by words that do, and those are always let through.
            if (first < 128) _lengthsByFirst[first] |= LengthBit(word.Length);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        var first = Fold(word[0]);
        var lengths = first < 128 ? _lengthsByFirst[first] : _lengths;
        return (lengths & LengthBit(word.Length)) != 0;
    }

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
