using SearchService.Core.Querying;

namespace SearchService.Core.Facets;

/// <summary>
/// The request's filters resolved to ordinals, tested per matching unit. <see cref="Failures"/> returns one
/// bit per filter dimension that rejects the unit, which is what disjunctive (drill-sideways) counting needs:
/// a unit failing only dimension D still counts towards D's values.
/// </summary>
public sealed class UnitFilter
{
    public const int DepartmentBit = 1, ActorBit = 2, NationBit = 4, SpeakerBit = 8, DateBit = 16;

    private readonly FacetSnapshot _snapshot;
    private readonly HashSet<int>? _departments, _actors, _nations, _speakers;
    private readonly int _from, _to;

    public UnitFilter(SearchRequest request, FacetSnapshot snapshot)
    {
        _snapshot = snapshot;
        _departments = Resolve(request.Departments, snapshot.Departments);
        _actors = Resolve(request.Actors, snapshot.Actors);
        _nations = Resolve(request.Nations, snapshot.Nations);
        _speakers = Resolve(request.Speakers, snapshot.Speakers);
        _from = request.From is { } f ? f.Year * 10000 + f.Month * 100 + f.Day : 0;
        _to = request.To is { } t ? t.Year * 10000 + t.Month * 100 + t.Day : int.MaxValue;
    }

    public int Failures(int doc, int speaker)
    {
        var failures = 0;
        if (_departments is not null && !_departments.Contains(_snapshot.DocDepartment[doc])) failures |= DepartmentBit;
        if (_actors is not null && !Any(_snapshot.DocActors[doc], _actors)) failures |= ActorBit;
        if (_nations is not null && !Any(_snapshot.DocNations[doc], _nations)) failures |= NationBit;
        if (_speakers is not null && !_speakers.Contains(speaker)) failures |= SpeakerBit;
        if (_from > 0 || _to < int.MaxValue)
        {
            var date = _snapshot.DocDate[doc];
            if (date == 0 || date < _from || date > _to) failures |= DateBit;
        }
        return failures;
    }

    private static HashSet<int>? Resolve(IReadOnlyList<string> values, FacetValues dimension) =>
        values.Count == 0 ? null : values.Select(dimension.Find).ToHashSet();

    private static bool Any(int[] ordinals, HashSet<int> wanted)
    {
        foreach (var o in ordinals) if (wanted.Contains(o)) return true;
        return false;
    }
}
