using SearchService.Core.Facets;

namespace SearchService.Core.Quotations;

/// <summary>One live quote record of a group: its doc id and its document record's in the reader, its index in the
/// document, its document's date (yyyymmdd, 0 when undated) and its sort key (arrival order, then index).</summary>
internal readonly record struct QuoteMember(int Doc, int Parent, int Unit, int Date, long Key);

/// <summary>Quote records that are the same words, oldest first (undated last, then in arrival order), and how many
/// distinct documents they are in.</summary>
internal sealed record QuoteGroup(QuoteMember[] Members, int Documents);

/// <summary>
/// The groups of one point-in-time reader: the connected components of "same words" over its live quote records,
/// from each segment's own pairs (<see cref="SegmentQuotes"/>, cached per segment) and the pairs across segments
/// (found here, cheap when the other segments are small, as after single additions). Deleted records are left out
/// before joining, so a deletion can shrink or split a group, and the earliest occurrence moves on with it. Made on
/// the first request that shows quotation groups (a search of quotes, the occurrences of one); searches of documents
/// and paragraphs never build it.
/// </summary>
internal sealed class QuoteGroups
{
    private readonly Dictionary<int, QuoteGroup> _byDoc;

    private QuoteGroups(Dictionary<int, QuoteGroup> byDoc, int groups)
    {
        _byDoc = byDoc;
        Count = groups;
    }

    /// <summary>Groups of two or more live quote records.</summary>
    public int Count { get; }

    /// <summary>The group of a quote record (by doc id in the reader), or null when no other quote record has its words.</summary>
    public QuoteGroup? Of(int doc) => _byDoc.GetValueOrDefault(doc);

    public static QuoteGroups Of(ReaderFacets facets)
    {
        var leaves = facets.Leaves;
        var segments = leaves.Select(leaf => SegmentQuotes.For(leaf.AtomicReader)).ToArray();
        var offsets = new int[segments.Length + 1];
        for (var i = 0; i < segments.Length; i++) offsets[i + 1] = offsets[i] + segments[i].Records.Length;
        var count = offsets[^1];
        var owner = new int[count];
        var keys = new long[count];
        var live = new bool[count];
        for (var s = 0; s < segments.Length; s++)
        {
            var liveDocs = leaves[s].AtomicReader.LiveDocs;
            for (var item = 0; item < segments[s].Records.Length; item++)
            {
                var record = segments[s].Records[item];
                owner[offsets[s] + item] = s;
                keys[offsets[s] + item] = facets.Segments[s].Key[record];
                live[offsets[s] + item] = liveDocs is null || liveDocs.Get(record);
            }
        }

        // Pairs of live records: each segment's own, cached with it, and those across segments, probed from the smaller.
        var pairs = new List<(int A, int B, float Share)>();
        void Add(int a, int b, float share)
        {
            if (live[a] && live[b]) pairs.Add((a, b, share));
        }
        for (var s = 0; s < segments.Length; s++)
            foreach (var (a, b, share) in segments[s].Pairs) Add(offsets[s] + a, offsets[s] + b, share);
        for (var s = 0; s < segments.Length; s++)
            for (var t = s + 1; t < segments.Length; t++)
            {
                var (small, large) = segments[s].Records.Length <= segments[t].Records.Length ? (s, t) : (t, s);
                foreach (var (a, b, share) in segments[small].Signatures.PairsWith(segments[large].Signatures, QuoteMatchRule.Default))
                    Add(offsets[small] + a, offsets[large] + b, share);
            }

        ReadOnlySpan<uint> Signature(int node) => segments[owner[node]].Signatures[node - offsets[owner[node]]];
        var groupOf = QuoteMerging.Groups(count, pairs, node => Signature(node).Length, node => keys[node],
            (a, b) => QuoteMatchRule.Default.Same(Signature(a), Signature(b)));

        var sizes = new Dictionary<int, int>();
        for (var node = 0; node < count; node++)
            if (live[node]) sizes[groupOf[node]] = sizes.GetValueOrDefault(groupOf[node]) + 1;
        var components = new Dictionary<int, List<QuoteMember>>();
        for (var node = 0; node < count; node++)
        {
            if (!live[node] || sizes[groupOf[node]] < 2) continue;
            if (!components.TryGetValue(groupOf[node], out var members)) components[groupOf[node]] = members = [];
            var s = owner[node];
            var facet = facets.Segments[s];
            var docBase = leaves[s].DocBase;
            var record = segments[s].Records[node - offsets[s]];
            members.Add(new QuoteMember(docBase + record, docBase + facet.Parent[record], (int)(keys[node] & ((1 << 20) - 1)) - 1,
                facet.Date[facet.Owner[record]], keys[node]));
        }

        var byDoc = new Dictionary<int, QuoteGroup>();
        var groups = 0;
        foreach (var members in components.Values)
        {
            if (members.Count < 2) continue;
            members.Sort(Oldest);
            var group = new QuoteGroup([.. members], members.Select(m => m.Parent).Distinct().Count());
            foreach (var member in members) byDoc[member.Doc] = group;
            groups++;
        }
        return new QuoteGroups(byDoc, groups);
    }

    // Undated documents say nothing about who said it first: they come after every dated one.
    private static int Oldest(QuoteMember x, QuoteMember y)
    {
        var byDate = (x.Date == 0 ? int.MaxValue : x.Date).CompareTo(y.Date == 0 ? int.MaxValue : y.Date);
        return byDate != 0 ? byDate : x.Key.CompareTo(y.Key);
    }
}
