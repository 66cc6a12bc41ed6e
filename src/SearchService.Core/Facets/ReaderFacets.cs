using Lucene.Net.Index;

namespace SearchService.Core.Facets;

/// <summary>
/// The facet data of one point-in-time reader: its segments' <see cref="SegmentFacets"/> (cached per segment, so a
/// reader reopened after an added document rebuilds only the new segment's) and the global value ordinals of each
/// dimension. Built when the searcher is created (warming, before the first request sees it).
/// </summary>
internal sealed class ReaderFacets
{
    private int _liveDocuments = -1;

    public ReaderFacets(IndexReader reader)
    {
        Reader = reader;
        Leaves = reader.Leaves;
        Segments = Leaves.Select(leaf => SegmentFacets.For(leaf.AtomicReader)).ToArray();
        Departments = new FacetDimension(FacetNames.Department, Segments.Select(s => s.DepartmentLabels).ToList());
        Actors = new FacetDimension(FacetNames.Actor, Segments.Select(s => s.ActorLabels).ToList());
        Nations = new FacetDimension(FacetNames.Nation, Segments.Select(s => s.NationLabels).ToList());
        Speakers = new FacetDimension(FacetNames.Speaker, Segments.Select(s => s.SpeakerLabels).ToList());
        MinYear = Segments.Select(s => s.MinYear).DefaultIfEmpty(int.MaxValue).Min();
        MaxYear = Segments.Select(s => s.MaxYear).DefaultIfEmpty(-1).Max();
    }

    public IndexReader Reader { get; }
    public IList<AtomicReaderContext> Leaves { get; }
    public SegmentFacets[] Segments { get; }
    public FacetDimension Departments { get; }
    public FacetDimension Actors { get; }
    public FacetDimension Nations { get; }
    public FacetDimension Speakers { get; }
    /// <summary>First and last year of any dated document (MinYear > MaxYear when none).</summary>
    public int MinYear { get; }
    public int MaxYear { get; }

    public FacetDimension? Dimension(string name) => name switch
    {
        FacetNames.Department => Departments,
        FacetNames.Actor => Actors,
        FacetNames.Nation => Nations,
        FacetNames.Speaker => Speakers,
        _ => null,
    };

    /// <summary>Live document records (articles and listings).</summary>
    public int LiveDocuments => _liveDocuments >= 0 ? _liveDocuments : _liveDocuments = CountLive();

    /// <summary>How many values of a dimension at least one live record has.</summary>
    public int LiveValues(FacetDimension dimension) => LiveCounts(dimension).Count(c => c > 0);

    /// <summary>Per global ordinal, how many live records hold the value (documents; quotations for speakers). Cached per reader.</summary>
    public int[] LiveCounts(FacetDimension dimension)
    {
        lock (_liveCounts)
        {
            if (_liveCounts.TryGetValue(dimension.Name, out var known)) return known;
        }
        var counts = CountValues(dimension);
        lock (_liveCounts) _liveCounts[dimension.Name] = counts;
        return counts;
    }

    private readonly Dictionary<string, int[]> _liveCounts = [];

    private int[] CountValues(FacetDimension dimension)
    {
        var counts = new int[dimension.Labels.Length];
        for (var i = 0; i < Leaves.Count; i++)
        {
            var live = Leaves[i].AtomicReader.LiveDocs;
            var segment = Segments[i];
            var toGlobal = dimension.SegmentToGlobal[i];
            for (var doc = 0; doc < segment.Parent.Length; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                switch (dimension.Name)
                {
                    case FacetNames.Speaker:
                        if (segment.Speaker[doc] >= 0) counts[toGlobal[segment.Speaker[doc]]]++;
                        break;
                    case FacetNames.Department when segment.Levels[doc] == SegmentFacets.LevelDocument:
                        if (segment.Department[segment.Owner[doc]] is var d && d >= 0) counts[toGlobal[d]]++;
                        break;
                    case FacetNames.Actor or FacetNames.Nation when segment.Levels[doc] == SegmentFacets.LevelDocument:
                        var values = dimension.Name == FacetNames.Actor ? segment.Actors : segment.Nations;
                        var owner = segment.Owner[doc];
                        for (var v = values.Start[owner]; v < values.Start[owner + 1]; v++) counts[toGlobal[values.Values[v]]]++;
                        break;
                }
            }
        }
        return counts;
    }

    private int CountLive()
    {
        var count = 0;
        for (var i = 0; i < Leaves.Count; i++)
        {
            var live = Leaves[i].AtomicReader.LiveDocs;
            var parents = Segments[i].Parents;
            for (var doc = parents.NextSetBit(0); doc >= 0; doc = doc + 1 < parents.Length ? parents.NextSetBit(doc + 1) : -1)
                if (live is null || live.Get(doc)) count++;
        }
        return count;
    }
}
