using System.Text;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying.Spelling;

/// <summary>
/// "Did you mean": the query with each plain word the index does not know replaced by the nearest word it does know
/// (fewest edits, a swap counting as one, then most documents), found by <see cref="NearWords"/> among the
/// <c>spell</c> field's folded but unstemmed words, so a suggestion is a word people write ("ceasefire"), never a
/// stem ("ceasefir"). Phrases, prefixes, fuzzy words and facet values are left as the user wrote them.
/// </summary>
internal static class SpellingCorrector
{
    public static string? Suggest(string text, QueryTokens tokens, IndexReader reader)
    {
        var replacements = new List<(int Start, int Length, string Word)>();
        foreach (var token in PlainWords(tokens))
        {
            var folded = SurfaceWords.Fold(token.Image);
            if (folded.Length < 3 || !folded.All(char.IsLetter) || reader.DocFreq(new Term(IndexFields.Spell, folded)) > 0) continue;
            if (NearWords.Find(reader, folded, folded.Length < 5 ? 1 : 2, limit: 1) is [var best]) replacements.Add((token.BeginColumn, token.Image.Length, MatchCase(token.Image, best.Word)));
        }
        if (replacements.Count == 0) return null;
        var corrected = new StringBuilder(text);
        foreach (var (start, length, word) in replacements.OrderByDescending(r => r.Start)) corrected.Remove(start, length).Insert(start, word);
        return corrected.ToString();
    }

    // Bare words outside facet and date fields, without ~, ^ or * after them.
    private static IEnumerable<Token> PlainWords(QueryTokens tokens)
    {
        var all = tokens.All;
        var fields = new Stack<string?>();
        string? group = null;
        for (var i = 0; i < all.Count; i++)
        {
            var token = all[i];
            switch (token.Kind)
            {
                case RegexpToken.LPAREN:
                    fields.Push(group);
                    group = i >= 2 && all[i - 1].Kind == RegexpToken.COLON ? all[i - 2].Image.ToLowerInvariant() : group;
                    continue;
                case RegexpToken.RPAREN:
                    group = fields.Count > 0 ? fields.Pop() : null;
                    continue;
                case RegexpToken.TERM:
                    if (i + 1 < all.Count && all[i + 1].Kind is RegexpToken.COLON or RegexpToken.FUZZY_SLOP or RegexpToken.CARAT) continue;
                    var field = i >= 2 && all[i - 1].Kind == RegexpToken.COLON ? all[i - 2].Image.ToLowerInvariant() : group;
                    if (field is null or "title" or "summary" or "body") yield return token;
                    continue;
            }
        }
    }

    // "Lecronu" → "Lecornu", "ceasfire" → "ceasefire": the suggestion keeps the user's capitalisation.
    private static string MatchCase(string original, string word) =>
        original.Length > 0 && char.IsUpper(original[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
