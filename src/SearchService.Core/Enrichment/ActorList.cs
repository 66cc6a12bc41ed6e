namespace SearchService.Core.Enrichment;

/// <summary>
/// The people of one document under one name each: "Healey", "John Healey MP" and "Defence Secretary John Healey"
/// are one actor; a surname met first ("Mr Tsahkna") takes the full name if one turns up later.
/// </summary>
internal sealed class ActorList
{
    internal sealed record Actor(string Name, IReadOnlyList<string> Forms);

    private readonly List<(string Name, HashSet<string> Forms)> _actors = [];

    /// <summary>Adds a name as found (titles already off); answers the canonical name it went under so far.</summary>
    public string? Add(string name, string? gazetteerName)
    {
        var canonical = gazetteerName ?? name;
        var key = PersonNames.Key(canonical);
        var single = !canonical.Contains(' ', StringComparison.Ordinal);
        for (var i = 0; i < _actors.Count; i++)
        {
            var existing = _actors[i];
            var existingKey = PersonNames.Key(existing.Name);
            if (existingKey == key)
            {
                existing.Forms.Add(name);
                return existing.Name;
            }
            var existingSingle = !existing.Name.Contains(' ', StringComparison.Ordinal);
            if (single && !existingSingle && PersonNames.Key(PersonNames.Surname(existing.Name)) == key)
            {
                existing.Forms.Add(name);
                return existing.Name;
            }
            if (!single && existingSingle && PersonNames.Key(PersonNames.Surname(canonical)) == existingKey)
            {
                existing.Forms.Add(name);
                _actors[i] = (canonical, existing.Forms);
                existing.Forms.Add(canonical);
                return canonical;
            }
        }
        _actors.Add((canonical, new HashSet<string>(StringComparer.Ordinal) { name, canonical }));
        return canonical;
    }

    /// <summary>"Sir Keir": the actor whose first name it is takes the form; else it is a person of its own.</summary>
    public string? AddGivenName(string given, string form)
    {
        var key = PersonNames.Key(given);
        foreach (var (name, forms) in _actors)
        {
            var words = name.Split(' ');
            if (words.Length > 1 && PersonNames.Key(words[0]) == key)
            {
                forms.Add(form);
                return name;
            }
        }
        return Add(given, null);
    }

    public IReadOnlyList<Actor> Resolve() =>
        _actors.Select(a => new Actor(a.Name, a.Forms.ToList())).ToList();
}
