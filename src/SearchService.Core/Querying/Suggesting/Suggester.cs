using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Vocabulary;

namespace SearchService.Core.Querying.Suggesting;

/// <summary>
/// Completions of what a user is typing: titles, actors, nations, departments and frequent words, from a sorted
/// in-memory array of folded keys (one per word start, so "hea" completes "John Healey"), built once per index
/// revision. A lookup is a binary search and a short scan: no SQL per keystroke.
/// </summary>
public sealed class Suggester
{
    private readonly record struct Entry(string Text, string Kind, double Rank);

    private readonly Entry[] _entries;
    private readonly (string Key, int Entry, bool Start)[] _keys;

    public Suggester(FacetSnapshot snapshot, IEnumerable<string> titles, Lexicon lexicon)
    {
        var entries = new List<Entry>();
        void Add(IEnumerable<(string Text, int Count)> values, string kind, double boost)
        {
            foreach (var (text, count) in values)
                if (count > 0 && text.Trim().Length > 0) entries.Add(new Entry(text, kind, boost + Math.Log(1 + count)));
        }
        Add(Counts(snapshot.Departments, doc => [snapshot.DocDepartment[doc]], snapshot), "department", 3);
        Add(Counts(snapshot.Actors, doc => snapshot.DocActors[doc], snapshot), "actor", 2.5);
        Add(Counts(snapshot.Nations, doc => snapshot.DocNations[doc], snapshot), "nation", 2.5);
        Add(titles.Distinct(StringComparer.Ordinal).Select(t => (t, 1)), "title", 1);
        Add(lexicon.Entries.Where(e => e.Frequency >= 2 && e.Word.Length >= 3), "term", 0);
        _entries = entries.ToArray();

        var keys = new List<(string, int, bool)>();
        for (var i = 0; i < _entries.Length; i++)
        {
            var folded = SurfaceWords.Fold(_entries[i].Text);
            for (var start = 0; start < folded.Length; start++)
                if (char.IsLetterOrDigit(folded[start]) && (start == 0 || !char.IsLetterOrDigit(folded[start - 1])))
                    keys.Add((folded[start..], i, start == 0));
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        _keys = keys.ToArray();
    }

    public IReadOnlyList<Suggestion> Suggest(string prefix, int limit = 10)
    {
        var folded = SurfaceWords.Fold(prefix).TrimStart();
        if (folded.Length == 0) return [];
        var lo = 0;
        var hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(_keys[mid].Key, folded) < 0) lo = mid + 1; else hi = mid;
        }
        var best = new Dictionary<int, double>();
        for (var i = lo; i < _keys.Length && _keys[i].Key.StartsWith(folded, StringComparison.Ordinal); i++)
        {
            var (_, entry, start) = _keys[i];
            // A completion of the whole value ranks above one in the middle of it.
            var rank = _entries[entry].Rank + (start ? 2 : 0);
            if (!best.TryGetValue(entry, out var known) || rank > known) best[entry] = rank;
        }
        return best.OrderByDescending(b => b.Value).ThenBy(b => _entries[b.Key].Text, StringComparer.Ordinal)
            .Select(b => new Suggestion(_entries[b.Key].Text, _entries[b.Key].Kind))
            .DistinctBy(s => (s.Text, s.Kind)).Take(limit).ToList();
    }

    private static IEnumerable<(string, int)> Counts(FacetValues values, Func<int, IEnumerable<int>> ordinals, FacetSnapshot snapshot)
    {
        var counts = new int[values.Count];
        for (var doc = 1; doc < snapshot.DocLive.Length; doc++)
            if (snapshot.DocLive[doc])
                foreach (var o in ordinals(doc)) if (o >= 0) counts[o]++;
        return Enumerable.Range(0, values.Count).Select(o => (values[o], counts[o]));
    }
}
