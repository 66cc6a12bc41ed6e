using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Highlighting;

/// <summary>
/// The reading view's text: a whole document with a query's words marked by the snippets' own highlighter and HTML
/// rules, paragraph by paragraph (never cut to a window). The query is read at document level, so a word marks where
/// the document matched it: <c>title:ceasefire</c> marks the title only, and terms under NOT or in facet clauses nowhere.
/// </summary>
public static class DocumentMarker
{
    /// <summary>Marks <paramref name="document"/> for <paramref name="query"/>; throws <see cref="QuerySyntaxException"/>
    /// for a query search would refuse.</summary>
    public static DocumentHighlights Mark(SearchIndex index, Document document, string query)
    {
        Lucene.Net.Search.Query? parsed;
        using (var lease = index.Acquire())
        {
            var result = PressQueryParser.Parse(query, SearchLevel.Documents, lease.Searcher.Facets);
            parsed = result.MatchesAll ? null : result.Query;
        }
        var marks = new MarkHighlighter(parsed);
        string Html(string text, string field) => SnippetBuilder.Html(marks.Mark(text, field));
        var fields = LevelFields.Documents;
        var (title, summary, body) = (fields.Named("title")!.Field, fields.Named("summary")!.Field, fields.Named("body")!.Field);
        return new DocumentHighlights(
            Html(document.Title, title),
            document.Summary is null ? null : Html(document.Summary, summary),
            document.Paragraphs.Select(p => new HighlightedText(p.Index, Html(p.Text, body))).ToList(),
            document.Quotes.Select(q => new HighlightedText(q.Index, Html(q.Text, body))).ToList());
    }
}
