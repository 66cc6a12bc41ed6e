using SearchService.Core.Querying;

namespace SearchService.Core.Facets;

/// <summary>
/// Counts facet values over all matches in one pass. Each dimension is counted with every filter except its
/// own (Lucene's DrillSideways), so choosing France still shows how many match Germany.
/// </summary>
public sealed class DisjunctiveFacetCounter(FacetSnapshot snapshot, IReadOnlyCollection<string> dimensions, DateInterval interval)
{
    private readonly int[] _departments = new int[snapshot.Departments.Count];
    private readonly int[] _actors = new int[snapshot.Actors.Count];
    private readonly int[] _nations = new int[snapshot.Nations.Count];
    private readonly int[] _speakers = new int[snapshot.Speakers.Count];
    // Per year (or year × 12 + month) from the snapshot's first year: a flat array, not a dictionary, on the per-match path.
    private readonly int[] _dates = new int[(snapshot.Years.Max - snapshot.Years.Min + 1) * (interval == DateInterval.Year ? 1 : 12)];
    private readonly int _firstYear = snapshot.Years.Min;
    private readonly int[] _docDate = snapshot.DocDate, _docDepartment = snapshot.DocDepartment;
    private readonly int[] _actorStart = snapshot.ActorOrdinals.Start, _actorValues = snapshot.ActorOrdinals.Values;
    private readonly int[] _nationStart = snapshot.NationOrdinals.Start, _nationValues = snapshot.NationOrdinals.Values;
    private readonly bool _countDepartment = dimensions.Contains(FacetSnapshot.Department);
    private readonly bool _countActor = dimensions.Contains(FacetSnapshot.Actor);
    private readonly bool _countNation = dimensions.Contains(FacetSnapshot.Nation);
    private readonly bool _countSpeaker = dimensions.Contains(FacetSnapshot.Speaker);
    private readonly bool _countDate = dimensions.Contains(FacetSnapshot.Date);

    /// <summary>Counts one matching unit of document <paramref name="doc"/> (and <paramref name="speaker"/> for quotes);
    /// <paramref name="failures"/> is its <see cref="UnitFilter.Failures"/>: 0 for a hit, one bit for a near miss.</summary>
    public void Count(int doc, int speaker, int failures)
    {
        if (failures == 0)
        {
            CountHit(doc, speaker);
            return;
        }
        bool Counts(int bit) => failures == bit;
        if (_countDepartment && Counts(UnitFilter.DepartmentBit) && snapshot.DocDepartment[doc] >= 0) _departments[snapshot.DocDepartment[doc]]++;
        if (_countActor && Counts(UnitFilter.ActorBit)) foreach (var a in snapshot.DocActors[doc]) _actors[a]++;
        if (_countNation && Counts(UnitFilter.NationBit)) foreach (var n in snapshot.DocNations[doc]) _nations[n]++;
        if (_countSpeaker && Counts(UnitFilter.SpeakerBit) && speaker >= 0) _speakers[speaker]++;
        if (_countDate && Counts(UnitFilter.DateBit) && snapshot.DocDate[doc] > 0)
        {
            var date = snapshot.DocDate[doc];
            var month = date / 100 % 100;
            if (interval == DateInterval.Year) _dates[date / 10000 - _firstYear]++;
            else if (month is >= 1 and <= 12) _dates[(date / 10000 - _firstYear) * 12 + month - 1]++;
        }
    }

    // The common case (a match that passes every filter) without the per-dimension near-miss tests; runs per match.
    private void CountHit(int doc, int speaker)
    {
        if (_countDepartment && _docDepartment[doc] is var department && department >= 0) _departments[department]++;
        if (_countActor) for (int i = _actorStart[doc], end = _actorStart[doc + 1]; i < end; i++) _actors[_actorValues[i]]++;
        if (_countNation) for (int i = _nationStart[doc], end = _nationStart[doc + 1]; i < end; i++) _nations[_nationValues[i]]++;
        if (_countSpeaker && speaker >= 0) _speakers[speaker]++;
        if (_countDate && _docDate[doc] is var date && date > 0)
        {
            if (interval == DateInterval.Year) _dates[date / 10000 - _firstYear]++;
            else if (date / 100 % 100 is var month and >= 1 and <= 12) _dates[(date / 10000 - _firstYear) * 12 + month - 1]++;
        }
    }

    public Dictionary<string, IReadOnlyList<FacetValue>> Results(SearchRequest request)
    {
        var results = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (_countDepartment) results[FacetSnapshot.Department] = Top(_departments, snapshot.Departments, request.Departments, request.FacetLimit);
        if (_countActor) results[FacetSnapshot.Actor] = Top(_actors, snapshot.Actors, request.Actors, request.FacetLimit);
        if (_countNation) results[FacetSnapshot.Nation] = Top(_nations, snapshot.Nations, request.Nations, request.FacetLimit);
        if (_countSpeaker) results[FacetSnapshot.Speaker] = Top(_speakers, snapshot.Speakers, request.Speakers, request.FacetLimit);
        if (_countDate)
        {
            results[FacetSnapshot.Date] = Enumerable.Range(0, _dates.Length).Where(i => _dates[i] > 0)
                .Select(i => new FacetValue(DateKey(DateKeyAt(i)), _dates[i]))
                .OrderByDescending(v => v.Count).ThenByDescending(v => v.Value, StringComparer.Ordinal)
                .Take(request.FacetLimit).ToList();
        }
        return results;
    }

    private int DateKeyAt(int i) => interval == DateInterval.Year ? _firstYear + i : (_firstYear + i / 12) * 100 + i % 12 + 1;

    private string DateKey(int key) => interval == DateInterval.Year
        ? key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key / 100:D4}-{key % 100:D2}");

    // Top values by count, then by name; values the user selected are always listed, even at count 0.
    private static List<FacetValue> Top(int[] counts, FacetValues values, IReadOnlyList<string> selected, int limit)
    {
        var top = Enumerable.Range(0, counts.Length).Where(o => counts[o] > 0)
            .OrderByDescending(o => counts[o]).ThenBy(o => values[o], StringComparer.Ordinal)
            .Take(limit).Select(o => new FacetValue(values[o], counts[o])).ToList();
        foreach (var value in selected)
        {
            if (top.Any(v => string.Equals(v.Value, value, StringComparison.OrdinalIgnoreCase))) continue;
            var ordinal = values.Find(value);
            top.Add(new FacetValue(ordinal >= 0 ? values[ordinal] : value, ordinal >= 0 ? counts[ordinal] : 0));
        }
        return top;
    }
}
