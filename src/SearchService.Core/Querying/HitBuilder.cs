using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Querying;

/// <summary>Loads one page hit's stored document and marks the query's positive text terms in its title and snippet.</summary>
/// <remarks><paramref name="passage"/> may narrow a document hit's snippet text to where the query words are (null: the whole text).</remarks>
public sealed class HitBuilder(SqliteConnection connection, SearchRequest request, Fts5Highlighter highlighter, string? highlightExpression,
    Func<Document, int, string?>? passage = null)
{
    public SearchHit Build(UnitMatch match)
    {
        var document = SearchIndex.LoadDocument(connection, match.Doc);
        string text, id;
        int? paragraph = null;
        string? speaker = null;
        switch (request.Level)
        {
            case SearchLevel.Paragraphs:
                var idx = (int)connection.Scalar<long>("SELECT idx FROM paragraphs WHERE rowid = $r", ("$r", match.Row));
                text = document.Paragraphs.FirstOrDefault(p => p.Index == idx)?.Text ?? "";
                id = $"{document.Id}#p{idx}";
                paragraph = idx;
                break;
            case SearchLevel.Quotes:
                var quoteIdx = (int)connection.Scalar<long>("SELECT idx FROM quotes WHERE rowid = $r", ("$r", match.Row));
                var quote = document.Quotes.FirstOrDefault(q => q.Index == quoteIdx);
                text = quote?.Text ?? "";
                id = $"{document.Id}#q{quoteIdx}";
                paragraph = quote?.Paragraph;
                speaker = quote?.Speaker;
                break;
            default:
                // The standfirst counts as much as the body for where the match is best shown.
                text = passage?.Invoke(document, match.Doc) ?? string.Join(' ', new[] { document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text))).Trim();
                id = document.Id;
                break;
        }
        var marked = highlighter.Highlight(highlightExpression, new Dictionary<string, string> { ["title"] = document.Title, ["body"] = text });
        return new SearchHit
        {
            Id = id,
            Type = SearchRequest.LevelName(request.Level),
            Kind = document.Kind,
            DocumentId = document.Id,
            Title = document.Title,
            TitleHighlighted = SnippetBuilder.Html(marked["title"]),
            Snippet = SnippetBuilder.Snippet(marked["body"], request.SnippetWords),
            Date = document.Date,
            Department = document.Department,
            Url = document.Url,
            Score = Math.Round(match.Score, 4),
            Actors = document.Actors,
            Nations = document.Nations,
            Paragraph = paragraph,
            Speaker = speaker,
        };
    }
}
