using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchService.Core.Analysis;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks where a query matches a text, with Lucene's highlighter: the text is analysed again with the index's own
/// analyzer (so stems and folded accents mark what matched), the query's terms for one field are weighed by
/// <see cref="QueryScorer"/>, which marks a phrase only where the whole phrase occurs and expands prefixes and fuzzy
/// words over the text's own words, and terms under NOT or in facet clauses are never marked. Marks are two
/// private-use characters that <see cref="SnippetBuilder"/> turns into escaped HTML with &lt;mark&gt; tags.
/// The texts marked are short (a title, a paragraph, a quotation, a document's best passage), which is why the index
/// keeps no offsets: re-analysing them costs less than reading offsets back.
/// </summary>
public static class MarkHighlighter
{
    /// <summary>Private-use characters never left in the texts marked (<see cref="Clean"/> removes them).</summary>
    public const char Open = '\uE000', Close = '\uE001';

    private static readonly MarkFormatter Formatter = new();

    /// <summary>The text with the query's matches in <paramref name="field"/> between <see cref="Open"/> and <see cref="Close"/>.</summary>
    public static string Mark(Query? query, string field, string text)
    {
        var clean = Clean(text);
        if (query is null || clean.Length == 0) return clean;
        var scorer = new QueryScorer(query, field) { ExpandMultiTermQuery = true };
        var highlighter = new Highlighter(Formatter, new DefaultEncoder(), scorer)
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = Math.Max(clean.Length, 1),
        };
        try
        {
            using var tokens = PressAnalyzer.Stemming.GetTokenStream(field, clean);
            return highlighter.GetBestFragment(tokens, clean) ?? clean;
        }
        catch (InvalidTokenOffsetsException)
        {
            return clean; // highlighting is best effort: an unmarked snippet beats a failed search
        }
    }

    /// <summary>Removes the marker characters from text that is about to be marked.</summary>
    public static string Clean(string text) =>
        text.AsSpan().IndexOfAny(Open, Close) < 0 ? text : text.Replace(Open.ToString(), "", StringComparison.Ordinal).Replace(Close.ToString(), "", StringComparison.Ordinal);

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
