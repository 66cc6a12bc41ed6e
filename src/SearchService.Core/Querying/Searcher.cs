using System.Diagnostics;
using SearchService.Core.Analysis;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Quotations;
using SearchService.Core.Querying.Spelling;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying;

/// <summary>
/// Runs a search on the index's current searcher: the query is parsed for the level, Lucene finds the matching records
/// with their BM25 scores, one collector pass applies the request's filters, counts every facet dimension
/// (drill-sideways) and keeps the page's window, and only the page's hits are loaded and highlighted.
/// </summary>
public sealed class Searcher(SearchIndex index)
{
    /// <summary>Fewer hits than this and the answer carries a spelling suggestion, when there is one.</summary>
    public const int DidYouMeanBelow = 3;

    public static IReadOnlyList<string> DefaultFacets(SearchLevel level) => level == SearchLevel.Quotes
        ? [FacetNames.Department, FacetNames.Actor, FacetNames.Nation, FacetNames.Date, FacetNames.Speaker]
        : [FacetNames.Department, FacetNames.Actor, FacetNames.Nation, FacetNames.Date];

    /// <summary>Runs <paramref name="request"/>; with a <paramref name="budget"/>, a search still collecting when it ends is
    /// stopped and <see cref="SearchTimeoutException"/> is thrown.</summary>
    public SearchResponse Search(SearchRequest request, SearchPhases? phases = null, TimeSpan? budget = null)
    {
        var deadline = budget is { } limit ? Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        try
        {
            return Run(request, phases, deadline);
        }
        catch (OperationCanceledException)
        {
            throw new SearchTimeoutException(budget ?? TimeSpan.Zero);
        }
    }

    private SearchResponse Run(SearchRequest request, SearchPhases? phases, long deadline)
    {
        var clock = Stopwatch.StartNew();
        phases?.Start();
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        var facets = searcher.Facets;
        phases?.Lap(SearchPhase.Open);
        var parsed = PressQueryParser.Parse(request.Query, request.Level, facets);
        var cursor = request.Cursor is { Length: > 0 } token ? CursorKey.Decode(token, request.Sort) : null;
        phases?.Lap(SearchPhase.Parse);

        var filter = new UnitFilter(request, facets);
        var counter = new DisjunctiveFacetCounter(facets, request.Facets ?? DefaultFacets(request.Level), request.DateInterval);
        var order = new HitOrder(request.Sort);
        var collapse = request.Collapse && request.Level == SearchLevel.Paragraphs;
        // Collapsing needs every hit of a document to count its other matches; otherwise only the page's window is kept.
        var all = collapse ? new List<UnitHit>() : null;
        var top = collapse ? null : new TopUnits(cursor is null ? request.Page * request.PageSize + 1 : request.PageSize + 1, order);
        var collector = new UnitCollector(facets, Level(request.Level), filter, counter, order, top, all, cursor, deadline);
        searcher.Search(parsed.Query, collector);
        var total = collector.Total;
        Check(deadline);
        phases?.Lap(SearchPhase.MatchAndFacets);

        List<UnitHit> window;
        Dictionary<int, int>? perDocument = null;
        if (all is not null)
        {
            all.Sort(order);
            perDocument = all.GroupBy(h => h.Parent).ToDictionary(g => g.Key, g => g.Count());
            var seen = new HashSet<int>();
            var best = all.Where(h => seen.Add(h.Parent)).ToList(); // sorted, so the first of each document is its best
            total = best.Count;
            var remaining = cursor is null ? best.Skip((request.Page - 1) * request.PageSize) : best.Where(h => order.After(h, cursor));
            window = remaining.Take(request.PageSize + 1).ToList();
        }
        else
        {
            var kept = top!.Sorted();
            window = (cursor is null ? kept.Skip((request.Page - 1) * request.PageSize) : kept).ToList();
        }
        var page = window.Take(request.PageSize).ToList();
        var nextCursor = window.Count > request.PageSize ? order.Cursor(page[^1]) : null;
        phases?.Lap(SearchPhase.Page);

        var highlight = parsed.MatchesAll ? null : parsed.Query;
        var built = new HitBuilder(searcher, request, highlight, () => Check(deadline)).BuildAll(page);
        var explainer = request.Explain ? new ScoreExplainer(searcher, parsed.Query, request) : null;
        var results = page.Select((h, i) => built[i] with
        {
            OtherMatches = perDocument is null ? null : perDocument[h.Parent] - 1,
            Explanation = explainer?.Explain(h),
        }).ToList();
        phases?.Lap(SearchPhase.Hits);

        var facetResults = counter.Results(request);
        var didYouMean = total < DidYouMeanBelow && !parsed.MatchesAll ? SpellingCorrector.Suggest(request.Query, parsed.Tokens, searcher.IndexReader) : null;
        phases?.Lap(SearchPhase.Finish);
        return new SearchResponse(request.Query, SearchRequest.LevelName(request.Level), total, request.Page, request.PageSize,
            Math.Round(clock.Elapsed.TotalMilliseconds, 2), results, facetResults, didYouMean, nextCursor);
    }

    // The deadline is checked by the collector every 1,024 matches and here between phases: a page of 100 highlighted
    // hits can cost more than finding them.
    private static void Check(long deadline)
    {
        if (Stopwatch.GetTimestamp() > deadline) throw new OperationCanceledException();
    }

    private static byte Level(SearchLevel level) => level switch
    {
        SearchLevel.Paragraphs => SegmentFacets.LevelParagraph,
        SearchLevel.Quotes => SegmentFacets.LevelQuote,
        _ => SegmentFacets.LevelDocument,
    };

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

    /// <summary>Every occurrence of a quotation's words, oldest first (<c>GET /api/quotes/{id}/occurrences</c>); null when
    /// no live document has the quotation.</summary>
    public QuoteOccurrences? QuoteOccurrences(QuoteId id)
    {
        using var lease = index.Acquire();
        return QuoteLookup.Occurrences(lease.Searcher, id);
    }

    /// <summary>Completions of what a user is typing (<c>GET /api/suggest</c>).</summary>
    public IReadOnlyList<Suggesting.Suggestion> Suggest(string prefix, int limit = 10)
    {
        using var lease = index.Acquire();
        return Suggesting.Suggester.Suggest(lease.Searcher, prefix, limit);
    }

    private static bool StartsWithWord(string value, string prefix)
    {
        for (var i = value.IndexOf(prefix, StringComparison.Ordinal); i >= 0; i = value.IndexOf(prefix, i + 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetterOrDigit(value[i - 1])) return true;
        return false;
    }
}
