using System.Globalization;
using SearchService.Core.Querying;

namespace SearchService.Core.Facets;

/// <summary>
/// Counts facet values over all matches in one pass. Each dimension is counted with every filter except its own
/// (Lucene's drill-sideways), so choosing France still shows how many match Germany. Counts are kept per segment
/// ordinal while a segment is collected and folded into global ordinals when the next one starts.
/// </summary>
internal sealed class DisjunctiveFacetCounter
{
    private readonly ReaderFacets _facets;
    private readonly DateInterval _interval;
    private readonly bool _countDepartment, _countActor, _countNation, _countSpeaker, _countDate;
    private readonly int[] _departments, _actors, _nations, _speakers, _dates;
    private readonly int _firstMonth, _firstYear;
    private int _leaf = -1;
    private SegmentFacets _segment = null!;
    private int[] _leafDepartments = [], _leafActors = [], _leafNations = [], _leafSpeakers = [];

    public DisjunctiveFacetCounter(ReaderFacets facets, IReadOnlyCollection<string> dimensions, DateInterval interval)
    {
        _facets = facets;
        _interval = interval;
        _countDepartment = dimensions.Contains(FacetNames.Department);
        _countActor = dimensions.Contains(FacetNames.Actor);
        _countNation = dimensions.Contains(FacetNames.Nation);
        _countSpeaker = dimensions.Contains(FacetNames.Speaker);
        _countDate = dimensions.Contains(FacetNames.Date);
        _departments = new int[_countDepartment ? facets.Departments.Labels.Length : 0];
        _actors = new int[_countActor ? facets.Actors.Labels.Length : 0];
        _nations = new int[_countNation ? facets.Nations.Labels.Length : 0];
        _speakers = new int[_countSpeaker ? facets.Speakers.Labels.Length : 0];
        var years = Math.Max(0, facets.MaxYear - facets.MinYear + 1);
        _dates = new int[_countDate ? years * (interval == DateInterval.Year ? 1 : 12) : 0];
        _firstYear = facets.MinYear;
        _firstMonth = facets.MinYear * 12;
    }

    public void SetLeaf(int leaf)
    {
        Fold();
        _leaf = leaf;
        _segment = _facets.Segments[leaf];
        _leafDepartments = _countDepartment ? new int[_segment.DepartmentLabels.Length] : [];
        _leafActors = _countActor ? new int[_segment.ActorLabels.Length] : [];
        _leafNations = _countNation ? new int[_segment.NationLabels.Length] : [];
        _leafSpeakers = _countSpeaker ? new int[_segment.SpeakerLabels.Length] : [];
    }

    /// <summary>Counts one matching record; <paramref name="failures"/> is its <see cref="UnitFilter.Failures"/>: 0 for a hit, one bit for a near miss.</summary>
    public void Count(int doc, int failures)
    {
        if (failures == 0)
        {
            CountHit(doc);
            return;
        }
        if ((failures & (failures - 1)) != 0) return; // fails two filters: counts nowhere
        var segment = _segment;
        var owner = segment.Owner[doc];
        if (_countDepartment && failures == UnitFilter.DepartmentBit && segment.Department[owner] is var d && d >= 0) _leafDepartments[d]++;
        if (_countActor && failures == UnitFilter.ActorBit) CountAll(segment.Actors, owner, _leafActors);
        if (_countNation && failures == UnitFilter.NationBit) CountAll(segment.Nations, owner, _leafNations);
        if (_countSpeaker && failures == UnitFilter.SpeakerBit && segment.Speaker[doc] is var s && s >= 0) _leafSpeakers[s]++;
        if (_countDate && failures == UnitFilter.DateBit) CountDate(segment.Month[owner]);
    }

    // The common case, a match that passes every filter, without the near-miss tests: it runs for every match.
    private void CountHit(int doc)
    {
        var segment = _segment;
        var owner = segment.Owner[doc];
        if (_countDepartment)
        {
            var d = segment.Department[owner];
            if (d >= 0) _leafDepartments[d]++;
        }
        if (_countActor) CountAll(segment.Actors, owner, _leafActors);
        if (_countNation) CountAll(segment.Nations, owner, _leafNations);
        if (_countSpeaker)
        {
            var s = segment.Speaker[doc];
            if (s >= 0) _leafSpeakers[s]++;
        }
        if (_countDate) CountDate(segment.Month[owner]);
    }

    private static void CountAll(FlatOrdinals ordinals, int owner, int[] counts)
    {
        var values = ordinals.Values;
        var start = ordinals.Start;
        for (int i = start[owner], end = start[owner + 1]; i < end; i++) counts[values[i]]++;
    }

    private void CountDate(int month)
    {
        if (month < 0) return;
        _dates[_interval == DateInterval.Year ? month / 12 - _firstYear : month - _firstMonth]++;
    }

    public Dictionary<string, IReadOnlyList<FacetValue>> Results(SearchRequest request)
    {
        Fold();
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (_countDepartment) results[FacetNames.Department] = Top(_departments, _facets.Departments, request.Departments, request.FacetLimit);
        if (_countActor) results[FacetNames.Actor] = Top(_actors, _facets.Actors, request.Actors, request.FacetLimit);
        if (_countNation) results[FacetNames.Nation] = Top(_nations, _facets.Nations, request.Nations, request.FacetLimit);
        if (_countSpeaker) results[FacetNames.Speaker] = Top(_speakers, _facets.Speakers, request.Speakers, request.FacetLimit);
        if (_countDate)
        {
            results[FacetNames.Date] = Enumerable.Range(0, _dates.Length).Where(i => _dates[i] > 0)
                .Select(i => new FacetValue(DateLabel(i), _dates[i]))
                .OrderByDescending(v => v.Count).ThenByDescending(v => v.Value, StringComparer.Ordinal)
                .Take(request.FacetLimit).ToList();
        }
        return results;
    }

    private void Fold()
    {
        if (_leaf < 0) return;
        Fold(_leafDepartments, _facets.Departments.SegmentToGlobal[_leaf], _departments);
        Fold(_leafActors, _facets.Actors.SegmentToGlobal[_leaf], _actors);
        Fold(_leafNations, _facets.Nations.SegmentToGlobal[_leaf], _nations);
        Fold(_leafSpeakers, _facets.Speakers.SegmentToGlobal[_leaf], _speakers);
        _leaf = -1;
    }

    private static void Fold(int[] leafCounts, int[] toGlobal, int[] counts)
    {
        for (var ord = 0; ord < leafCounts.Length; ord++)
            if (leafCounts[ord] != 0) counts[toGlobal[ord]] += leafCounts[ord];
    }

    private string DateLabel(int bucket) => _interval == DateInterval.Year
        ? (_firstYear + bucket).ToString("D4", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{(_firstMonth + bucket) / 12:D4}-{(_firstMonth + bucket) % 12 + 1:D2}");

    // Top values by count, then by name; values the user selected are always listed, even at count 0.
    private static List<FacetValue> Top(int[] counts, FacetDimension dimension, IReadOnlyList<string> selected, int limit)
    {
        var top = Enumerable.Range(0, counts.Length).Where(o => counts[o] > 0)
            .OrderByDescending(o => counts[o]).ThenBy(o => dimension.Labels[o], StringComparer.Ordinal)
            .Take(limit).Select(o => new FacetValue(dimension.Labels[o], counts[o])).ToList();
        foreach (var value in selected)
        {
            if (top.Any(v => string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase))) continue;
            var ordinal = dimension.Find(value);
            top.Add(new FacetValue(ordinal >= 0 ? dimension.Labels[ordinal] : value, ordinal >= 0 ? counts.ElementAtOrDefault(ordinal) : 0));
        }
        return top;
    }
}
