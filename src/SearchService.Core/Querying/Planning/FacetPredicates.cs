using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// Facet clauses of the query (<c>actor:</c>, <c>nation:</c>, <c>department:</c>, <c>speaker:</c>, <c>date:</c>)
/// as predicates over the in-memory snapshot. A value matches a facet value equal to it ignoring case and
/// accents or, failing that, one containing it as whole words (<c>actor:Healey</c> finds "John Healey").
/// </summary>
public sealed class FacetPredicates(FacetSnapshot snapshot, bool quoteLevel)
{
    private Dictionary<int, HashSet<int>>? _docsBySpeaker;

    public QueryPlan Facet(FacetQuery query)
    {
        var values = query.Field switch
        {
            QueryField.Actor => snapshot.Actors,
            QueryField.Nation => snapshot.Nations,
            QueryField.Department => snapshot.Departments,
            _ => snapshot.Speakers,
        };
        var wanted = Resolve(values, query.Value);
        if (wanted.Count == 0) return NothingPlan.Instance;
        var description = $"{QueryFields.Name(query.Field)}:{query.Value}";
        // Flags by ordinal, not the set: the test runs per candidate (tens of thousands per search), and a hash
        // lookup plus a method-group delegate per call was most of a field-filter search's matching time.
        var flags = new bool[values.Count];
        foreach (var ordinal in wanted) flags[ordinal] = true;
        return query.Field switch
        {
            QueryField.Actor => new PredicatePlan(description, (doc, _) => AnyFlagged(snapshot.DocActors[doc], flags)),
            QueryField.Nation => new PredicatePlan(description, (doc, _) => AnyFlagged(snapshot.DocNations[doc], flags)),
            QueryField.Department => new PredicatePlan(description, (doc, _) => snapshot.DocDepartment[doc] is var d && d >= 0 && flags[d]),
            // A quote is its speaker's; a document or paragraph matches when its document quotes the speaker.
            _ when quoteLevel => new PredicatePlan(description, (_, speaker) => wanted.Contains(speaker)),
            _ => SpeakerDocuments(description, wanted),
        };
    }

    private static bool AnyFlagged(int[] ordinals, bool[] flags)
    {
        foreach (var o in ordinals)
            if (flags[o]) return true;
        return false;
    }

    private PredicatePlan SpeakerDocuments(string description, HashSet<int> speakers)
    {
        HashSet<int>? docs = null;
        return new PredicatePlan(description, (doc, _) => (docs ??= SpeakerDocs(speakers)).Contains(doc));
    }

    public QueryPlan Date(DateRangeQuery range)
    {
        var from = range.From is { } f ? DateValues.Key(f) : 1;
        var to = range.To is { } t ? DateValues.Key(t) : int.MaxValue;
        return new PredicatePlan($"date:[{from} TO {to}]", (doc, _) => snapshot.DocDate[doc] is var d && d >= from && d <= to);
    }

    /// <summary>Ordinals of the values a query value names.</summary>
    public static HashSet<int> Resolve(FacetValues values, string value)
    {
        var folded = Words(value);
        var exact = new HashSet<int>();
        var partial = new HashSet<int>();
        var ordinal = 0;
        foreach (var candidate in values.Values)
        {
            var words = Words(candidate);
            if (words.SequenceEqual(folded)) exact.Add(ordinal);
            else if (folded.Length > 0 && Contains(words, folded)) partial.Add(ordinal);
            ordinal++;
        }
        return exact.Count > 0 ? exact : partial;
    }

    private static string[] Words(string text) => SurfaceWords.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Contains(string[] words, string[] part)
    {
        for (var i = 0; i + part.Length <= words.Length; i++)
            if (words.AsSpan(i, part.Length).SequenceEqual(part)) return true;
        return false;
    }

    private HashSet<int> SpeakerDocs(HashSet<int> speakers)
    {
        _docsBySpeaker ??= BuildDocsBySpeaker();
        var docs = new HashSet<int>();
        foreach (var s in speakers)
            if (_docsBySpeaker.TryGetValue(s, out var d)) docs.UnionWith(d);
        return docs;
    }

    private Dictionary<int, HashSet<int>> BuildDocsBySpeaker()
    {
        var map = new Dictionary<int, HashSet<int>>();
        for (var q = 1; q < snapshot.QuoteDoc.Length; q++)
            if (snapshot.QuoteSpeaker[q] >= 0 && snapshot.QuoteDoc[q] > 0)
                (map.TryGetValue(snapshot.QuoteSpeaker[q], out var s) ? s : map[snapshot.QuoteSpeaker[q]] = []).Add(snapshot.QuoteDoc[q]);
        return map;
    }
}
