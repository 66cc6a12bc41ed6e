using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Facets;

/// <summary>
/// One segment's facet data read into plain arrays once, when the segment is first opened, and shared by every reader
/// that includes the segment (keyed by its core): every match of every search reads its document, date, department,
/// actors, nations, speaker and sort key from here. Reading doc values per match instead costs several times as much in
/// Lucene.Net 4.8. Per record: its level, its document (a record's <see cref="Owner"/>, the ordinal of its block's
/// document record among the segment's documents) and its sort key; per document, in compact arrays indexed by that
/// ordinal so that the per-match reads stay in cache: date, month, department, actors, nations. Values are segment
/// ordinals; <see cref="ReaderFacets"/> maps them to the reader's global ones. Deleted records keep their entries:
/// searches never see them.
/// </summary>
internal sealed class SegmentFacets
{
    public const byte LevelDocument = 0, LevelParagraph = 1, LevelQuote = 2, LevelNone = 255;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    /// <summary>By record: the doc id of its document record (a document record is its own).</summary>
    public required int[] Parent { get; init; }
    /// <summary>By record: the ordinal of its document among the segment's documents, −1 when none.</summary>
    public required int[] Owner { get; init; }
    /// <summary>By record: <see cref="LevelDocument"/>, <see cref="LevelParagraph"/> or <see cref="LevelQuote"/>.</summary>
    public required byte[] Levels { get; init; }
    /// <summary>By record: the document's arrival sequence × 2^20 + the unit's index + 1; the last tie-break of every sort.</summary>
    public required long[] Key { get; init; }
    /// <summary>By quote record: segment ordinal of its speaker, −1 when none (and for other records).</summary>
    public required int[] Speaker { get; init; }
    /// <summary>By document ordinal: yyyymmdd, 0 when undated.</summary>
    public required int[] Date { get; init; }
    /// <summary>By document ordinal: year × 12 + month − 1, −1 when undated.</summary>
    public required int[] Month { get; init; }
    /// <summary>By document ordinal: segment ordinal of the department, −1 when none.</summary>
    public required int[] Department { get; init; }
    /// <summary>By document ordinal.</summary>
    public required FlatOrdinals Actors { get; init; }
    /// <summary>By document ordinal.</summary>
    public required FlatOrdinals Nations { get; init; }
    public required string[] DepartmentLabels { get; init; }
    public required string[] ActorLabels { get; init; }
    public required string[] NationLabels { get; init; }
    public required string[] SpeakerLabels { get; init; }
    /// <summary>Document records of the segment, deleted ones included.</summary>
    public required FixedBitSet Parents { get; init; }
    public int MinYear { get; init; } = int.MaxValue;
    public int MaxYear { get; init; } = -1;

    public static SegmentFacets For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentFacets Load(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var parents = Postings(reader, "d", maxDoc);
        var paragraphs = Postings(reader, "p", maxDoc);
        var quotes = Postings(reader, "q", maxDoc);
        var documents = parents.Cardinality;

        // Blocks end with their document record: walk backwards so every record knows the next document record.
        var parent = new int[maxDoc];
        var owner = new int[maxDoc];
        var levels = new byte[maxDoc];
        for (int doc = maxDoc - 1, next = -1, ordinal = documents; doc >= 0; doc--)
        {
            if (parents.Get(doc)) (next, ordinal) = (doc, ordinal - 1);
            parent[doc] = next;
            owner[doc] = next < 0 ? -1 : ordinal;
            levels[doc] = parents.Get(doc) ? LevelDocument : paragraphs.Get(doc) ? LevelParagraph : quotes.Get(doc) ? LevelQuote : LevelNone;
        }

        var date = new int[documents];
        var month = new int[documents];
        var department = new int[documents];
        Array.Fill(month, -1);
        Array.Fill(department, -1);
        int minYear = int.MaxValue, maxYear = -1;
        var dates = reader.GetNumericDocValues(IndexFields.Date);
        var departments = reader.GetSortedSetDocValues(IndexFields.Department);
        var ordinalOf = 0;
        foreach (var doc in Docs(parents))
        {
            var d = (int)(dates?.Get(doc) ?? 0);
            date[ordinalOf] = d;
            if (d > 0 && d / 100 % 100 is var m and >= 1 and <= 12)
            {
                month[ordinalOf] = d / 10000 * 12 + m - 1;
                minYear = Math.Min(minYear, d / 10000);
                maxYear = Math.Max(maxYear, d / 10000);
            }
            if (departments is not null)
            {
                departments.SetDocument(doc);
                if (departments.NextOrd() is var ord && ord != SortedSetDocValues.NO_MORE_ORDS) department[ordinalOf] = (int)ord;
            }
            ordinalOf++;
        }

        var key = new long[maxDoc];
        var sequences = reader.GetNumericDocValues(IndexFields.Sequence);
        var units = reader.GetNumericDocValues(IndexFields.Unit);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var p = parent[doc];
            var sequence = p >= 0 && sequences is not null ? sequences.Get(p) : 0;
            var unit = doc == p || units is null ? 0 : units.Get(doc) + 1;
            key[doc] = (sequence << 20) | Math.Min(unit, (1 << 20) - 1);
        }

        var speakers = reader.GetSortedSetDocValues(IndexFields.Speaker);
        var speaker = new int[maxDoc];
        Array.Fill(speaker, -1);
        if (speakers is not null)
        {
            foreach (var doc in Docs(quotes))
            {
                speakers.SetDocument(doc);
                if (speakers.NextOrd() is var ord && ord != SortedSetDocValues.NO_MORE_ORDS) speaker[doc] = (int)ord;
            }
        }

        var actors = reader.GetSortedSetDocValues(IndexFields.Actor);
        var nations = reader.GetSortedSetDocValues(IndexFields.Nation);
        return new SegmentFacets
        {
            Parent = parent,
            Owner = owner,
            Levels = levels,
            Key = key,
            Speaker = speaker,
            Date = date,
            Month = month,
            Department = department,
            Actors = FlatOrdinals.Read(actors, parents, documents),
            Nations = FlatOrdinals.Read(nations, parents, documents),
            DepartmentLabels = Labels(departments),
            ActorLabels = Labels(actors),
            NationLabels = Labels(nations),
            SpeakerLabels = Labels(speakers),
            Parents = parents,
            MinYear = minYear,
            MaxYear = maxYear,
        };
    }

    /// <summary>The set bits in order.</summary>
    public static IEnumerable<int> Docs(FixedBitSet bits)
    {
        for (var doc = bits.Length == 0 ? -1 : bits.NextSetBit(0); doc >= 0; doc = doc + 1 < bits.Length ? bits.NextSetBit(doc + 1) : -1)
            yield return doc;
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

/// <summary>A multi-valued dimension by document ordinal, flattened: the values of document o are <c>Values[Start[o]..Start[o+1]]</c>.</summary>
internal sealed record FlatOrdinals(int[] Start, int[] Values)
{
    public static FlatOrdinals Read(SortedSetDocValues? values, FixedBitSet parents, int documents)
    {
        var start = new int[documents + 1];
        var all = new List<int>(documents * 4);
        var ordinal = 0;
        foreach (var doc in SegmentFacets.Docs(parents))
        {
            start[ordinal++] = all.Count;
            if (values is null) continue;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) all.Add((int)ord);
        }
        start[documents] = all.Count;
        return new FlatOrdinals(start, all.ToArray());
    }
}
