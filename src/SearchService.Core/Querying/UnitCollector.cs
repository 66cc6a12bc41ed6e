using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Facets;

namespace SearchService.Core.Querying;

/// <summary>
/// The one pass over every match of a search: keeps the level's records, tests the request's filters, counts every
/// facet dimension disjunctively, counts the exact total and keeps the page's window of best hits (or, to collapse
/// paragraphs, every hit). All per-match data comes from the segment's cached arrays (<see cref="SegmentFacets"/>).
/// </summary>
internal sealed class UnitCollector(
    ReaderFacets facets, byte level, UnitFilter filter, DisjunctiveFacetCounter counter, HitOrder order,
    TopUnits? top, List<UnitHit>? all, CursorKey? cursor, long deadline) : ICollector
{
    private readonly bool _filtering = filter.Active;
    private SegmentFacets _segment = null!;
    private byte[] _levels = [];
    private int _docBase;
    private Scorer _scorer = null!;
    private int _visited;

    public int Total { get; private set; }

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = facets.Segments[context.Ord];
        _levels = _segment.Levels;
        _docBase = context.DocBase;
        filter.SetLeaf(context.Ord);
        counter.SetLeaf(context.Ord);
    }

    public void Collect(int doc)
    {
        if (_levels[doc] != level) return;
        // Counted per match visited, not per hit kept: a filter that rejects most matches must not hide the deadline.
        if ((++_visited & 1023) == 0 && Stopwatch.GetTimestamp() > deadline) throw new OperationCanceledException();
        var failures = _filtering ? filter.Failures(doc) : 0;
        counter.Count(doc, failures);
        if (failures != 0) return;
        Total++;
        var segment = _segment;
        var hit = new UnitHit(_scorer.GetScore(), segment.Date[segment.Owner[doc]], segment.Key[doc], _docBase + doc, _docBase + segment.Parent[doc]);
        if (all is not null) all.Add(hit);
        else if (cursor is null || order.After(hit, cursor)) top!.Offer(hit);
    }

    public bool AcceptsDocsOutOfOrder => true;
}
