using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Querying;

/// <summary>Loads the page hits' stored documents and marks the query's positive text terms in their titles and snippets.</summary>
/// <remarks><paramref name="passage"/> may narrow a document hit's snippet text to where the query words are (null: the whole text).</remarks>
public sealed class HitBuilder(SqliteConnection connection, SearchRequest request, Fts5Highlighter highlighter, string? highlightExpression,
    Func<Document, int, string?>? passage = null)
{
    public SearchHit Build(UnitMatch match) => BuildAll([match])[0];

    /// <summary>The hits of a page, in order; their texts are highlighted together (one FTS5 MATCH per page, not per hit).</summary>
    public IReadOnlyList<SearchHit> BuildAll(IReadOnlyList<UnitMatch> matches)
    {
        var units = new Unit[matches.Count];
        var texts = new IReadOnlyDictionary<string, string>[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            units[i] = Load(matches[i]);
            texts[i] = new Dictionary<string, string> { ["title"] = units[i].Document.Title, ["body"] = units[i].Text };
        }
        var marked = highlighter.HighlightAll(highlightExpression, texts);
        var hits = new SearchHit[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var (document, _, id, paragraph, speaker) = units[i];
            hits[i] = new SearchHit
            {
                Id = id,
                Type = SearchRequest.LevelName(request.Level),
                Kind = document.Kind,
                DocumentId = document.Id,
                Title = document.Title,
                TitleHighlighted = SnippetBuilder.Html(marked[i]["title"]),
                Snippet = SnippetBuilder.Snippet(marked[i]["body"], request.SnippetWords),
                Date = document.Date,
                Department = document.Department,
                Url = document.Url,
                Score = Math.Round(matches[i].Score, 4),
                Actors = document.Actors,
                Nations = document.Nations,
                Paragraph = paragraph,
                Speaker = speaker,
            };
        }
        return hits;
    }

    private readonly record struct Unit(Document Document, string Text, string Id, int? Paragraph, string? Speaker);

    private Unit Load(UnitMatch match)
    {
        var document = SearchIndex.LoadDocument(connection, match.Doc);
        switch (request.Level)
        {
            case SearchLevel.Paragraphs:
                var idx = (int)connection.Scalar<long>("SELECT idx FROM paragraphs WHERE rowid = $r", ("$r", match.Row));
                return new Unit(document, document.Paragraphs.FirstOrDefault(p => p.Index == idx)?.Text ?? "", $"{document.Id}#p{idx}", idx, null);
            case SearchLevel.Quotes:
                var quoteIdx = (int)connection.Scalar<long>("SELECT idx FROM quotes WHERE rowid = $r", ("$r", match.Row));
                var quote = document.Quotes.FirstOrDefault(q => q.Index == quoteIdx);
                return new Unit(document, quote?.Text ?? "", $"{document.Id}#q{quoteIdx}", quote?.Paragraph, quote?.Speaker);
            default:
                // The standfirst counts as much as the body for where the match is best shown.
                var text = passage?.Invoke(document, match.Doc)
                    ?? string.Join(' ', new[] { document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text))).Trim();
                return new Unit(document, text, document.Id, null, null);
        }
    }
}
