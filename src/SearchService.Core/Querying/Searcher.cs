using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SearchService.Core.Facets;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>
/// Runs a search: FTS5 finds the matching units of the level with their BM25 scores, one pass in C# filters
/// them and counts every facet dimension, the page is sorted out of that, and only the page's hits are
/// loaded and highlighted.
/// </summary>
public sealed class Searcher(SearchIndex index, Fts5Highlighter highlighter)
{
    public static IReadOnlyList<string> DefaultFacets(SearchLevel level) => level == SearchLevel.Quotes
        ? [FacetSnapshot.Department, FacetSnapshot.Actor, FacetSnapshot.Nation, FacetSnapshot.Date, FacetSnapshot.Speaker]
        : [FacetSnapshot.Department, FacetSnapshot.Actor, FacetSnapshot.Nation, FacetSnapshot.Date];

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var expression = SimpleQueryParser.ToFts5(request.Query);
        using var connection = index.OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true); // one snapshot for all reads
        var snapshot = index.Snapshot(connection);
        var filter = new UnitFilter(request, snapshot);
        var counter = new DisjunctiveFacetCounter(snapshot, request.Facets ?? DefaultFacets(request.Level), request.DateInterval);

        var hits = new List<Candidate>();
        foreach (var (row, score) in Matches(connection, request.Level, expression))
        {
            var (doc, speaker) = Unit(snapshot, request.Level, row);
            if (doc <= 0 || doc >= snapshot.DocLive.Length || !snapshot.DocLive[doc]) continue;
            var failures = filter.Failures(doc, speaker);
            counter.Count(doc, speaker, failures);
            if (failures == 0) hits.Add(new Candidate(row, doc, score, snapshot.DocDate[doc]));
        }

        var ordered = request.Sort switch
        {
            SortOrder.Newest => hits.OrderByDescending(h => h.Date).ThenByDescending(h => h.Score).ThenBy(h => h.Row),
            SortOrder.Oldest => hits.OrderBy(h => h.Date).ThenByDescending(h => h.Score).ThenBy(h => h.Row),
            _ => hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Date).ThenBy(h => h.Row),
        };
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(c => BuildHit(connection, request, expression, c)).ToList();

        return new SearchResponse(request.Query, SearchRequest.LevelName(request.Level), hits.Count, request.Page, request.PageSize,
            Math.Round(clock.Elapsed.TotalMilliseconds, 2), page, counter.Results(request), DidYouMean: null, NextCursor: null);
    }

    private sealed record Candidate(long Row, int Doc, double Score, int Date);

    private static (int Doc, int Speaker) Unit(FacetSnapshot snapshot, SearchLevel level, long row) => level switch
    {
        SearchLevel.Paragraphs => (row < snapshot.ParagraphDoc.Length ? snapshot.ParagraphDoc[row] : 0, FacetValues.None),
        SearchLevel.Quotes => row < snapshot.QuoteDoc.Length ? (snapshot.QuoteDoc[row], snapshot.QuoteSpeaker[row]) : (0, FacetValues.None),
        _ => ((int)row, FacetValues.None),
    };

    // BM25 column weights: a title match says more about a unit than a body match (see README, "Ranking").
    private static IEnumerable<(long Row, double Score)> Matches(SqliteConnection connection, SearchLevel level, string? expression)
    {
        var (fts, side, weights) = level switch
        {
            SearchLevel.Paragraphs => ("para_fts", "paragraphs", "3.0, 1.0"),
            SearchLevel.Quotes => ("quote_fts", "quotes", "1.0, 2.0"),
            _ => ("doc_fts", "documents", "8.0, 3.0, 1.0"),
        };
        var sql = expression is null
            ? $"SELECT rowid, 0.0 FROM {side}"
            : $"SELECT rowid, -bm25({fts}, {weights}) FROM {fts} WHERE {fts} MATCH $q";
        using var command = connection.Command(sql, ("$q", expression));
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return (reader.GetInt64(0), reader.GetDouble(1));
    }

    private SearchHit BuildHit(SqliteConnection connection, SearchRequest request, string? expression, Candidate candidate)
    {
        var document = SearchIndex.LoadDocument(connection, candidate.Doc);
        string text, id;
        int? paragraph = null;
        string? speaker = null;
        switch (request.Level)
        {
            case SearchLevel.Paragraphs:
                var idx = (int)connection.Scalar<long>("SELECT idx FROM paragraphs WHERE rowid = $r", ("$r", candidate.Row));
                text = document.Paragraphs.FirstOrDefault(p => p.Index == idx)?.Text ?? "";
                id = $"{document.Id}#p{idx}";
                paragraph = idx;
                break;
            case SearchLevel.Quotes:
                var quoteIdx = (int)connection.Scalar<long>("SELECT idx FROM quotes WHERE rowid = $r", ("$r", candidate.Row));
                var quote = document.Quotes.First(q => q.Index == quoteIdx);
                text = quote.Text;
                id = $"{document.Id}#q{quoteIdx}";
                paragraph = quote.Paragraph;
                speaker = quote.Speaker;
                break;
            default:
                // The standfirst counts as much as the body for where the match is best shown.
                text = string.Join(' ', new[] { document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text))).Trim();
                id = document.Id;
                break;
        }
        var marked = highlighter.Highlight(expression, new Dictionary<string, string> { ["title"] = document.Title, ["body"] = text });
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
            Score = Math.Round(candidate.Score, 4),
            Actors = document.Actors,
            Nations = document.Nations,
            Paragraph = paragraph,
            Speaker = speaker,
        };
    }
}
