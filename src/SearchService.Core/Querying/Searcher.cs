using System.Diagnostics;
using SearchService.Core.Facets;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Postings;
using SearchService.Core.Querying.Planning;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Querying.Vocabulary;

namespace SearchService.Core.Querying;

/// <summary>
/// Runs a search: the query is parsed and planned for the level, FTS5 finds the matching units with their BM25
/// scores, one pass in C# applies the request's filters and counts every facet dimension (drill-sideways), the
/// page is cut from the sorted matches, and only the page's hits are loaded and highlighted.
/// </summary>
public sealed class Searcher(SearchIndex index, Fts5Highlighter highlighter)
{
    /// <summary>Fewer hits than this and the answer carries a spelling suggestion, when there is one.</summary>
    public const int DidYouMeanBelow = 3;

    public static IReadOnlyList<string> DefaultFacets(SearchLevel level) => level == SearchLevel.Quotes
        ? [FacetSnapshot.Department, FacetSnapshot.Actor, FacetSnapshot.Nation, FacetSnapshot.Date, FacetSnapshot.Speaker]
        : [FacetSnapshot.Department, FacetSnapshot.Actor, FacetSnapshot.Nation, FacetSnapshot.Date];

    /// <summary>Runs <paramref name="request"/>; with a <paramref name="budget"/>, a search still running when it ends is
    /// interrupted (in SQLite and in the match loop) and <see cref="SearchTimeoutException"/> is thrown.</summary>
    public SearchResponse Search(SearchRequest request, SearchPhases? phases = null, TimeSpan? budget = null)
    {
        if (budget is not { } limit) return Run(request, phases, CancellationToken.None);
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            return Run(request, phases, deadline.Token);
        }
        catch (Exception e) when (deadline.IsCancellationRequested && e is OperationCanceledException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new SearchTimeoutException(limit);
        }
    }

    private SearchResponse Run(SearchRequest request, SearchPhases? phases, CancellationToken deadline)
    {
        deadline.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        phases?.Start();
        var query = QueryParser.Parse(request.Query);
        var cursor = request.Cursor is { Length: > 0 } token ? CursorKey.Decode(token, request.Sort) : null;
        using var connection = index.OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true); // one snapshot for all reads
        // sqlite3_interrupt stops whatever statement the connection is running, at its next step.
        using var interrupt = deadline.Register(() => SQLitePCL.raw.sqlite3_interrupt(connection.Handle));
        var snapshot = index.Snapshot(connection);
        var lexicon = ReaderCache.Lexicon(index, connection);
        phases?.Lap(SearchPhase.Open);
        var level = LevelSchema.For(request.Level);
        var planner = new QueryPlanner(level, snapshot, lexicon);
        var plan = planner.Plan(query);
        var executor = new PlanExecutor(connection, level, snapshot, index, deadline);
        phases?.Lap(SearchPhase.Parse);

        var filter = new UnitFilter(request, snapshot);
        var counter = new DisjunctiveFacetCounter(snapshot, request.Facets ?? DefaultFacets(request.Level), request.DateInterval);
        var order = new HitOrder(request.Sort, snapshot.DocDate);
        var collapse = request.Collapse && request.Level == SearchLevel.Paragraphs;
        // Collapsing needs every hit of a document to count its other matches; otherwise only the page's window is kept.
        var all = collapse ? new List<UnitMatch>() : null;
        var top = new TopHits(cursor is null ? request.Page * request.PageSize + 1 : request.PageSize + 1, order);
        var total = 0;
        var visited = 0;
        foreach (var match in executor.Run(plan))
        {
            // Counted per match visited, not per hit kept: a filter that rejects most matches must not hide the deadline.
            if ((++visited & 1023) == 0) deadline.ThrowIfCancellationRequested();
            var failures = filter.Failures(match.Doc, match.Speaker);
            counter.Count(match.Doc, match.Speaker, failures);
            if (failures != 0) continue;
            total++;
            if (all is not null) all.Add(match);
            else if (cursor is null || order.After(match, cursor)) top.Offer(match);
        }

        phases?.Lap(SearchPhase.MatchAndFacets);
        List<UnitMatch> window;
        Dictionary<int, int>? perDocument = null;
        if (all is not null)
        {
            all.Sort(order);
            perDocument = all.GroupBy(h => h.Doc).ToDictionary(g => g.Key, g => g.Count());
            var seen = new HashSet<int>();
            var best = all.Where(h => seen.Add(h.Doc)).ToList(); // sorted, so the first of each document is its best
            total = best.Count;
            var remaining = cursor is null ? best.Skip((request.Page - 1) * request.PageSize) : best.Where(h => order.After(h, cursor));
            window = remaining.Take(request.PageSize + 1).ToList();
        }
        else
        {
            var kept = top.Sorted();
            window = (cursor is null ? kept.Skip((request.Page - 1) * request.PageSize) : kept).ToList();
        }
        var page = window.Take(request.PageSize).ToList();
        var nextCursor = window.Count > request.PageSize ? order.Cursor(page[^1]) : null;
        phases?.Lap(SearchPhase.Page);

        var passages = request.Level == SearchLevel.Documents && page.Count > 0 ? PassageChooser.Create(index, connection, planner.HighlightPhrases(query)) : null;
        var builder = new HitBuilder(connection, request, highlighter, planner.HighlightExpression(query), passages is null ? null : passages.Passage);
        var explainer = request.Explain ? new ScoreExplainer(executor, level, plan, request.Sort) : null;
        var built = builder.BuildAll(page);
        var results = page.Select((h, i) => built[i] with
        {
            OtherMatches = perDocument is null ? null : perDocument[h.Doc] - 1,
            Explanation = explainer?.Explain(h),
        }).ToList();

        phases?.Lap(SearchPhase.Hits);
        var facets = counter.Results(request);
        var didYouMean = total < DidYouMeanBelow ? SpellingCorrector.Suggest(query, lexicon) : null;
        phases?.Lap(SearchPhase.Finish);
        return new SearchResponse(request.Query, SearchRequest.LevelName(request.Level), total, request.Page, request.PageSize,
            Math.Round(clock.Elapsed.TotalMilliseconds, 2), results, facets, didYouMean, nextCursor);
    }

    /// <summary>
    /// The values of one facet dimension for a query and filters (<c>GET /api/facets/{dimension}</c>), all of
    /// them, optionally only those with a word starting with <paramref name="prefix"/> (ignoring case and accents).
    /// </summary>
    public IReadOnlyList<FacetValue> FacetValues(SearchRequest request, string dimension, string? prefix, int limit, TimeSpan? budget = null)
    {
        var all = Search(request with { Facets = [dimension], FacetLimit = int.MaxValue, PageSize = 1, Page = 1, Cursor = null, Explain = false }, budget: budget);
        var values = all.Facets.TryGetValue(dimension, out var v) ? v : [];
        if (string.IsNullOrWhiteSpace(prefix)) return values.Take(limit).ToList();
        var folded = SurfaceWords.Fold(prefix.Trim());
        return values.Where(value => StartsWithWord(SurfaceWords.Fold(value.Value), folded)).Take(limit).ToList();
    }

    private static bool StartsWithWord(string value, string prefix)
    {
        for (var i = value.IndexOf(prefix, StringComparison.Ordinal); i >= 0; i = value.IndexOf(prefix, i + 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetterOrDigit(value[i - 1])) return true;
        return false;
    }
}
