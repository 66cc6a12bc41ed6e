using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Facets;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Profiling;

/// <summary>
/// A benchmark-only copy of Searcher.Search (documents and paragraphs) with a stopwatch around each phase.
/// It does the same work in the same order, except that the matches are first read into a list so that
/// reading them and counting facets can be timed apart (Searcher interleaves the two). Its totals are
/// checked against Searcher's on every query; if Searcher changes, this copy must follow.
/// </summary>
internal sealed class ProfiledSearch(SearchIndex index, Fts5Highlighter highlighter)
{
    public (int Total, IReadOnlyList<string> Ids) Run(SearchRequest request, double[] phases)
    {
        var t = Stopwatch.GetTimestamp();
        void Lap(Phase p) { var now = Stopwatch.GetTimestamp(); phases[(int)p] += Stopwatch.GetElapsedTime(t, now).TotalMilliseconds; t = now; }

        using var connection = index.OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = index.Snapshot(connection);
        Lap(Phase.Open);
        var expression = SimpleQueryParser.ToFts5(request.Query);
        var filter = new UnitFilter(request, snapshot);
        var counter = new DisjunctiveFacetCounter(snapshot, request.Facets ?? Searcher.DefaultFacets(request.Level), request.DateInterval);
        Lap(Phase.Parse);

        var matches = Matches(connection, request.Level, expression);
        Lap(Phase.MatchAndBm25);
        var hits = new List<(long Row, int Doc, double Score, int Date)>();
        foreach (var (row, score) in matches)
        {
            var doc = request.Level == SearchLevel.Paragraphs ? (row < snapshot.ParagraphDoc.Length ? snapshot.ParagraphDoc[row] : 0) : (int)row;
            if (doc <= 0 || doc >= snapshot.DocLive.Length || !snapshot.DocLive[doc]) continue;
            var failures = filter.Failures(doc, FacetValues.None);
            counter.Count(doc, FacetValues.None, failures);
            if (failures == 0) hits.Add((row, doc, score, snapshot.DocDate[doc]));
        }
        Lap(Phase.FilterAndFacets);
        var page = hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Date).ThenBy(h => h.Row).Take(request.PageSize).ToList();
        Lap(Phase.SortPage);

        var ids = new List<string>();
        foreach (var hit in page)
        {
            var document = Load(connection, hit.Doc);
            string text;
            if (request.Level == SearchLevel.Paragraphs)
            {
                var idx = Scalar(connection, "SELECT idx FROM paragraphs WHERE rowid = $r", hit.Row);
                text = document.Paragraphs.FirstOrDefault(p => p.Index == idx)?.Text ?? "";
                ids.Add(document.Id + "#" + (idx + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                text = string.Join(' ', new[] { document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text))).Trim();
                ids.Add(document.Id);
            }
            Lap(Phase.LoadStored);
            var marked = highlighter.Highlight(expression, new Dictionary<string, string> { ["title"] = document.Title, ["body"] = text });
            Lap(Phase.Highlight);
            _ = SnippetBuilder.Html(marked["title"]);
            _ = SnippetBuilder.Snippet(marked["body"], request.SnippetWords);
            Lap(Phase.Snippet);
        }
        _ = counter.Results(request);
        Lap(Phase.FacetResults);
        return (hits.Count, ids);
    }

    /// <summary>The same MATCH without bm25(): what reading the matching rowids alone costs.</summary>
    public static int CountRowids(SqliteConnection connection, SearchLevel level, string expression)
    {
        var fts = level == SearchLevel.Paragraphs ? "para_fts" : "doc_fts";
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid FROM {fts} WHERE {fts} MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        var n = 0;
        while (reader.Read()) { _ = reader.GetInt64(0); n++; }
        return n;
    }

    private static List<(long Row, double Score)> Matches(SqliteConnection connection, SearchLevel level, string? expression)
    {
        var (fts, weights) = level == SearchLevel.Paragraphs ? ("para_fts", "3.0, 1.0") : ("doc_fts", "8.0, 3.0, 1.0");
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, -bm25({fts}, {weights}) FROM {fts} WHERE {fts} MATCH $q";
        command.Parameters.AddWithValue("$q", (object?)expression ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<(long, double)>();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return rows;
    }

    private static Document Load(SqliteConnection connection, long rowid)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stored FROM documents WHERE rowid = $r";
        command.Parameters.AddWithValue("$r", rowid);
        return StoredDocument.Decompress((byte[])command.ExecuteScalar()!);
    }

    private static int Scalar(SqliteConnection connection, string sql, long rowid)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$r", rowid);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
