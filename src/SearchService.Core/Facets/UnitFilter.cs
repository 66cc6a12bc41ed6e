using SearchService.Core.Querying;

namespace SearchService.Core.Facets;

/// <summary>
/// The request's filters resolved to ordinals, tested per matching unit. <see cref="Failures"/> returns one bit per
/// filter dimension that rejects the unit, which is what disjunctive (drill-sideways) counting needs: a unit failing
/// only dimension D still counts towards D's values. Values are flagged per segment ordinal, so the per-match test
/// is array reads only.
/// </summary>
internal sealed class UnitFilter
{
    public const int DepartmentBit = 1, ActorBit = 2, NationBit = 4, SpeakerBit = 8, DateBit = 16;

    private readonly ReaderFacets _facets;
    private readonly HashSet<int>? _departments, _actors, _nations, _speakers;
    private readonly int _from, _to;
    private readonly bool _dated;
    private bool[]? _department, _actor, _nation, _speaker;
    private SegmentFacets _segment = null!;

    public UnitFilter(SearchRequest request, ReaderFacets facets)
    {
        _facets = facets;
        _departments = Resolve(request.Departments, facets.Departments);
        _actors = Resolve(request.Actors, facets.Actors);
        _nations = Resolve(request.Nations, facets.Nations);
        _speakers = Resolve(request.Speakers, facets.Speakers);
        _from = request.From is { } f ? f.Year * 10000 + f.Month * 100 + f.Day : 0;
        _to = request.To is { } t ? t.Year * 10000 + t.Month * 100 + t.Day : int.MaxValue;
        _dated = request.From is not null || request.To is not null;
    }

    public bool Active => _departments is not null || _actors is not null || _nations is not null || _speakers is not null || _dated;

    public void SetLeaf(int leaf)
    {
        _segment = _facets.Segments[leaf];
        _department = Flags(_departments, _facets.Departments.SegmentToGlobal[leaf]);
        _actor = Flags(_actors, _facets.Actors.SegmentToGlobal[leaf]);
        _nation = Flags(_nations, _facets.Nations.SegmentToGlobal[leaf]);
        _speaker = Flags(_speakers, _facets.Speakers.SegmentToGlobal[leaf]);
    }

    public int Failures(int doc)
    {
        var segment = _segment;
        var owner = segment.Owner[doc];
        var failures = 0;
        if (_department is { } department && (segment.Department[owner] is var d && (d < 0 || !department[d]))) failures |= DepartmentBit;
        if (_actor is { } actor && !Any(segment.Actors, owner, actor)) failures |= ActorBit;
        if (_nation is { } nation && !Any(segment.Nations, owner, nation)) failures |= NationBit;
        if (_speaker is { } speaker && (segment.Speaker[doc] is var s && (s < 0 || !speaker[s]))) failures |= SpeakerBit;
        if (_dated && (segment.Date[owner] is var date && (date == 0 || date < _from || date > _to))) failures |= DateBit;
        return failures;
    }

    private static bool Any(FlatOrdinals ordinals, int owner, bool[] wanted)
    {
        var values = ordinals.Values;
        for (int i = ordinals.Start[owner], end = ordinals.Start[owner + 1]; i < end; i++)
            if (wanted[values[i]]) return true;
        return false;
    }

    private static bool[]? Flags(HashSet<int>? wanted, int[] segmentToGlobal)
    {
        if (wanted is null) return null;
        var flags = new bool[segmentToGlobal.Length];
        for (var ord = 0; ord < flags.Length; ord++) flags[ord] = wanted.Contains(segmentToGlobal[ord]);
        return flags;
    }

    private static HashSet<int>? Resolve(IReadOnlyList<string> values, FacetDimension dimension) =>
        values.Count == 0 ? null : values.Select(dimension.Find).Where(o => o >= 0).ToHashSet();
}
