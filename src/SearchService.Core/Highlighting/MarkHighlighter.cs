using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchService.Core.Analysis;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks where a search's query matches the texts of its hits, with Lucene's highlighter: each text is analysed again
/// with the index's own analyzer (so stems and folded accents mark what matched) and scored by <see cref="MarkScorer"/>,
/// which marks a phrase only where the whole phrase occurs, prefixes and wildcards on the words they match, and never
/// terms under NOT or in facet clauses. Marks are two private-use characters that <see cref="SnippetBuilder"/> turns
/// into escaped HTML with &lt;mark&gt; tags. The texts marked are short (a title, a paragraph, a quotation, a document's
/// best passage), which is why the index keeps no offsets: re-analysing them costs less than reading offsets back.
/// One instance per search (not thread-safe).
/// </summary>
public sealed class MarkHighlighter(Query? query)
{
    /// <summary>Private-use characters never left in the texts marked (<see cref="Clean"/> removes them).</summary>
    public const char Open = '\uE000', Close = '\uE001';

    private static readonly MarkFormatter Formatter = new();
    private readonly Dictionary<string, Highlighter?> _highlighters = new(StringComparer.Ordinal);

    /// <summary>The text with the query's matches in any of <paramref name="fields"/> between <see cref="Open"/> and <see cref="Close"/>.</summary>
    public string Mark(string text, params string[] fields)
    {
        var clean = Clean(text);
        if (query is null || clean.Length == 0 || For(fields) is not { } highlighter) return clean;
        highlighter.MaxDocCharsToAnalyze = Math.Max(clean.Length, 1);
        try
        {
            var tokens = PressAnalyzer.Stemming.GetTokenStream(fields[0], clean);
            return highlighter.GetBestFragment(tokens, clean) ?? clean;
        }
        catch (InvalidTokenOffsetsException)
        {
            return clean; // highlighting is best effort: an unmarked snippet beats a failed search
        }
    }

    // One highlighter per set of fields, made on first use; none when the query marks nothing there.
    private Highlighter? For(string[] fields)
    {
        var key = string.Join(',', fields);
        if (_highlighters.TryGetValue(key, out var known)) return known;
        var marks = QueryMarks.For(query!, fields);
        var highlighter = marks.IsEmpty ? null : new Highlighter(Formatter, new DefaultEncoder(), new MarkScorer(marks)) { TextFragmenter = new NullFragmenter() };
        _highlighters[key] = highlighter;
        return highlighter;
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
