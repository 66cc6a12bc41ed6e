using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Facets;
using SearchService.Core.Quotations;

namespace SearchService.Core.Indexing;

/// <summary>A point-in-time searcher with BM25 per level and the reader's facet data, built (warmed) when the reader opens.</summary>
public sealed class UnitSearcher : IndexSearcher
{
    internal UnitSearcher(IndexReader reader) : base(reader)
    {
        Similarity = LevelSimilarity.Instance;
        Facets = new ReaderFacets(reader);
        _quoteGroups = new Lazy<QuoteGroups>(() => QuoteGroups.Of(Facets), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal ReaderFacets Facets { get; }

    private readonly Lazy<QuoteGroups> _quoteGroups;

    /// <summary>Which quote records are the same words; made on first use, so searches that show no quotations never pay for it.</summary>
    internal QuoteGroups QuoteGroups => _quoteGroups.Value;

    /// <summary>Makes searchers for a <see cref="SearcherManager"/>: every new reader is warmed before a request sees it.</summary>
    internal sealed class Factory : SearcherFactory
    {
        public static Factory Instance { get; } = new();

        public override IndexSearcher NewSearcher(IndexReader reader) => new UnitSearcher(reader);
    }
}

/// <summary>A searcher held for one request; releasing it lets the reader close once a newer one has replaced it.</summary>
public readonly struct SearcherLease(SearcherManager manager, UnitSearcher searcher) : IDisposable
{
    public UnitSearcher Searcher { get; } = searcher;

    public void Dispose() => manager.Release(Searcher);
}
