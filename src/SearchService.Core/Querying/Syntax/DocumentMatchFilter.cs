using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Facets;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// Units whose document matches a document-level query: <c>summary:</c> on paragraphs, <c>title:</c> on quotes. The
/// block layout makes this a join without a join module: the query runs over the segment's document records, and a
/// unit passes when its parent (the next document record in the segment) matched.
/// </summary>
internal sealed class DocumentMatchFilter(Query documentQuery) : Filter
{
    public Query DocumentQuery { get; } = documentQuery;

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        var segment = SegmentFacets.For(reader);
        var searcher = new IndexSearcher(reader);
        var matched = new FixedBitSet(reader.MaxDoc);
        searcher.Search(DocumentQuery, new BitsCollector(matched));
        var units = new FixedBitSet(reader.MaxDoc);
        var parents = segment.Parent;
        for (var doc = 0; doc < parents.Length; doc++)
            if (parents[doc] >= 0 && matched.Get(parents[doc]) && (acceptDocs is null || acceptDocs.Get(doc))) units.Set(doc);
        return units;
    }

    public override string ToString() => $"document({DocumentQuery})";

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        public void SetScorer(Scorer scorer) { }

        public void Collect(int doc) => bits.Set(doc);

        public void SetNextReader(AtomicReaderContext context) { }

        public bool AcceptsDocsOutOfOrder => true;
    }
}
