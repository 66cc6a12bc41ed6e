namespace SearchService.Benchmarks.Profiling;

/// <summary>The phases of one search, in the order Searcher runs them.</summary>
internal enum Phase
{
    /// <summary>Open a connection (the API opens one per request, unpooled), begin the snapshot, check the facet revision.</summary>
    Open,
    Parse,
    /// <summary>FTS5 MATCH with bm25() for every matching row, read out through ADO.NET.</summary>
    MatchAndBm25,
    /// <summary>Per match: map to its document, test filters, count all four facet dimensions (in-memory ordinals).</summary>
    FilterAndFacets,
    /// <summary>Order all hits by score and take the page.</summary>
    SortPage,
    /// <summary>Read and Brotli-decompress the 10 stored documents, find the paragraph.</summary>
    LoadStored,
    /// <summary>FTS5 highlight() in a scratch in-memory table, per hit.</summary>
    Highlight,
    /// <summary>Snippet window and HTML of title and body, per hit.</summary>
    Snippet,
    FacetResults,
}
