using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Running;

/// <summary>
/// One search with the anchor's semantics through <see cref="Searcher"/>, the code behind <c>GET /api/search</c>:
/// BM25 top 10 with snippets, the exact total, and facets over all matches: department, actor, nation and
/// date — by year, as the anchor counts it (the API's default interval is month).
/// </summary>
internal sealed class SearchRunner(SearchIndex index)
{
    public static SearchRequest Request(string query, SearchLevel level, int facetLimit = 10) => new()
    {
        Query = query,
        Level = level,
        PageSize = 10,
        FacetLimit = facetLimit,
        DateInterval = DateInterval.Year,
    };

    /// <summary>A new Searcher per call, as the API's handler makes one per request.</summary>
    public SearchResponse Search(SearchRequest request) => new Searcher(index).Search(request);
}
