namespace SearchService.Core.Enrichment.Text;

/// <summary>A phrase found in a text: which entry, and the token span it covers.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int FirstToken, int TokenCount, int Start, int End);

/// <summary>
/// Longest-match lookup of multi-word phrases over word tokens. Words of a phrase may be separated by
/// spaces, hyphens, dots, apostrophes or a comma ("U.S.", "Guinea-Bissau", "Foreign, Commonwealth &amp; ...")
/// but never by other punctuation, so a phrase never spans a sentence or a list.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord;
    // Tokens are looked up as spans of their text: no string per token.
    private readonly Dictionary<string, List<(string[] Words, T Value)>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly WordFilter _firstWords;
    private readonly HashSet<string> _singleWords;
    private readonly StringComparison _comparison;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries, bool ignoreCase = false)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _byFirstWord = new Dictionary<string, List<(string[], T)>>(comparer);
        _singleWords = new HashSet<string>(comparer);
        foreach (var (phrase, value) in entries)
        {
            var words = WordTokenizer.Words(phrase);
            if (words.Length == 0) continue;
            if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
            if (!list.Any(e => e.Item1.SequenceEqual(words, comparer))) list.Add((words, value));
            if (words.Length == 1) _singleWords.Add(words[0]);
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        _bySpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new WordFilter(_byFirstWord.Keys, ignoreCase);
    }

    /// <summary>True when the word is a phrase of one word.</summary>
    public bool Contains(string word) => _singleWords.Contains(word);

    public IEnumerable<PhraseMatch<T>> Matches(string text, List<WordToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Span;
            if (!_firstWords.MayContain(word) || !_bySpan.TryGetValue(word, out var candidates)) continue;
            foreach (var (words, value) in candidates)
            {
                if (!Fits(text, tokens, i, words)) continue;
                var last = tokens[i + words.Length - 1];
                yield return new PhraseMatch<T>(value, i, words.Length, tokens[i].Start, last.End);
                i += words.Length - 1;
                break;
            }
        }
    }

    private bool Fits(string text, List<WordToken> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (var k = 1; k < words.Length; k++)
        {
            if (!tokens[at + k].Span.Equals(words[k], _comparison)) return false;
            if (!IsJoiningGap(text.AsSpan(tokens[at + k - 1].End, tokens[at + k].Start - tokens[at + k - 1].End))) return false;
        }
        return true;
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length is 0 or > 3) return false;
        foreach (var c in gap)
            if (!(char.IsWhiteSpace(c) || c is '-' or '‐' or '.' or '\'' or '’' or ',')) return false;
        return true;
    }
}
