using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Facets;

/// <summary>
/// One segment's facet data read into plain arrays once, when the segment is first opened, and shared by every reader
/// that includes the segment (keyed by its core): every match of every search reads its parent, date, department,
/// actors, nations, speaker and sort key from here. Reading doc values per match instead costs ~8x as much in
/// Lucene.Net 4.8, whose memory-mapped inputs take a lock-like handle on every read (see docs/performance.md).
/// Values are segment ordinals; <see cref="ReaderFacets"/> maps them to the reader's global ordinals.
/// Deleted records keep their entries: searches never see them.
/// </summary>
internal sealed class SegmentFacets
{
    public const byte LevelDocument = 0, LevelParagraph = 1, LevelQuote = 2, LevelNone = 255;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>The document record (block parent) of each record; a document record is its own parent.</summary>
    public required int[] Parent { get; init; }
    /// <summary>By parent: yyyymmdd, 0 when undated.</summary>
    public required int[] Date { get; init; }
    /// <summary>By parent: year × 12 + month − 1, −1 when undated.</summary>
    public required int[] Month { get; init; }
    /// <summary>By parent: segment ordinal of the department, −1 when none.</summary>
    public required int[] Department { get; init; }
    public required FlatOrdinals Actors { get; init; }
    public required FlatOrdinals Nations { get; init; }
    /// <summary>By quote record: segment ordinal of its speaker, −1 when none (and for other records).</summary>
    public required int[] Speaker { get; init; }
    /// <summary>By record: the document's arrival sequence × 2^20 + the unit's index; the last tie-break of every sort.</summary>
    public required long[] Key { get; init; }
    public required string[] DepartmentLabels { get; init; }
    public required string[] ActorLabels { get; init; }
    public required string[] NationLabels { get; init; }
    public required string[] SpeakerLabels { get; init; }
    /// <summary>By record: <see cref="LevelDocument"/>, <see cref="LevelParagraph"/> or <see cref="LevelQuote"/>.</summary>
    public required byte[] Levels { get; init; }
    /// <summary>Document records of the segment, deleted ones included.</summary>
    public required FixedBitSet Parents { get; init; }
    public int MinYear { get; init; } = int.MaxValue;
    public int MaxYear { get; init; } = -1;

    /// <summary>The segment ordinals a record holds in a dimension (its own: a unit holds none of its parent's).</summary>
    public IEnumerable<int> Ordinals(string dimension, int doc)
    {
        switch (dimension)
        {
            case FacetNames.Department when Levels[doc] == LevelDocument && Department[doc] >= 0:
                yield return Department[doc];
                break;
            case FacetNames.Actor when Levels[doc] == LevelDocument:
                for (var i = Actors.Start[doc]; i < Actors.Start[doc + 1]; i++) yield return Actors.Values[i];
                break;
            case FacetNames.Nation when Levels[doc] == LevelDocument:
                for (var i = Nations.Start[doc]; i < Nations.Start[doc + 1]; i++) yield return Nations.Values[i];
                break;
            case FacetNames.Speaker when Speaker[doc] >= 0:
                yield return Speaker[doc];
                break;
        }
    }

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentFacets Load(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var parents = Postings(reader, "d", maxDoc);
        var parent = new int[maxDoc];
        for (int doc = maxDoc - 1, next = -1; doc >= 0; doc--)
        {
            if (parents.Get(doc)) next = doc;
            parent[doc] = next;
        }

        var date = new int[maxDoc];
        var month = new int[maxDoc];
        var key = new long[maxDoc];
        int minYear = int.MaxValue, maxYear = -1;
        var dates = reader.GetNumericDocValues(IndexFields.Date);
        var sequences = reader.GetNumericDocValues(IndexFields.Sequence);
        var units = reader.GetNumericDocValues(IndexFields.Unit);
        Array.Fill(month, -1);
        for (var doc = parents.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? parents.NextSetBit(doc + 1) : -1)
        {
            var d = (int)(dates?.Get(doc) ?? 0);
            date[doc] = d;
            if (d > 0 && d / 100 % 100 is var m and >= 1 and <= 12)
            {
                month[doc] = d / 10000 * 12 + m - 1;
                minYear = Math.Min(minYear, d / 10000);
                maxYear = Math.Max(maxYear, d / 10000);
            }
        }
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var p = parent[doc];
            var sequence = p >= 0 && sequences is not null ? sequences.Get(p) : 0;
            var unit = doc == p || units is null ? 0 : units.Get(doc) + 1;
            key[doc] = (sequence << 20) | Math.Min(unit, (1 << 20) - 1);
        }

        var departments = reader.GetSortedSetDocValues(IndexFields.Department);
        var department = new int[maxDoc];
        Array.Fill(department, -1);
        if (departments is not null)
        {
            for (var doc = parents.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? parents.NextSetBit(doc + 1) : -1)
            {
                departments.SetDocument(doc);
                var ord = departments.NextOrd();
                if (ord != SortedSetDocValues.NO_MORE_ORDS) department[doc] = (int)ord;
            }
        }

        var levels = new byte[maxDoc];
        Array.Fill(levels, LevelNone);
        var quotes = Postings(reader, "q", maxDoc);
        var paragraphs = Postings(reader, "p", maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
            levels[doc] = parents.Get(doc) ? LevelDocument : paragraphs.Get(doc) ? LevelParagraph : quotes.Get(doc) ? LevelQuote : LevelNone;

        var speakers = reader.GetSortedSetDocValues(IndexFields.Speaker);
        var speaker = new int[maxDoc];
        Array.Fill(speaker, -1);
        if (speakers is not null)
        {
            for (var doc = quotes.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? quotes.NextSetBit(doc + 1) : -1)
            {
                speakers.SetDocument(doc);
                var ord = speakers.NextOrd();
                if (ord != SortedSetDocValues.NO_MORE_ORDS) speaker[doc] = (int)ord;
            }
        }

        return new SegmentFacets
        {
            Parent = parent,
            Date = date,
            Month = month,
            Department = department,
            Actors = FlatOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.Actor), parents, maxDoc),
            Nations = FlatOrdinals.Read(reader.GetSortedSetDocValues(IndexFields.Nation), parents, maxDoc),
            Speaker = speaker,
            Key = key,
            DepartmentLabels = Labels(departments),
            ActorLabels = Labels(reader.GetSortedSetDocValues(IndexFields.Actor)),
            NationLabels = Labels(reader.GetSortedSetDocValues(IndexFields.Nation)),
            SpeakerLabels = Labels(speakers),
            Levels = levels,
            Parents = parents,
            MinYear = minYear,
            MaxYear = maxYear,
        };
    }

    /// <summary>The records of one level, deleted ones included.</summary>
    private static FixedBitSet Postings(AtomicReader reader, string level, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        var docs = reader.GetTermDocsEnum(new Term(IndexFields.Level, level));
        if (docs is null) return bits;
        while (docs.NextDoc() is var doc && doc != DocIdSetIterator.NO_MORE_DOCS) bits.Set(doc);
        return bits;
    }

    private static string[] Labels(SortedSetDocValues? values)
    {
        if (values is null) return [];
        var labels = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            labels[ord] = bytes.Utf8ToString();
        }
        return labels;
    }
}

/// <summary>A multi-valued dimension by parent record, flattened: the values of record d are <c>Values[Start[d]..Start[d+1]]</c>.</summary>
internal sealed record FlatOrdinals(int[] Start, int[] Values)
{
    public static FlatOrdinals Read(SortedSetDocValues? values, FixedBitSet parents, int maxDoc)
    {
        var start = new int[maxDoc + 1];
        var all = new List<int>();
        for (var doc = 0; doc < maxDoc; doc++)
        {
            start[doc] = all.Count;
            if (values is null || !parents.Get(doc)) continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) all.Add((int)ord);
        }
        start[maxDoc] = all.Count;
        return new FlatOrdinals(start, all.ToArray());
    }
}
