using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;

namespace SearchService.Core.Quotations;

/// <summary>
/// One segment's quotation signatures and the pairs of its own quote records that are the same words, read once per
/// segment core (like <see cref="SegmentFacets"/>) and shared by every reader that includes it: a reader reopened after
/// an added document reads only the new segment's. Deleted records keep their entries; <see cref="QuoteGroups"/>
/// leaves them out.
/// </summary>
internal sealed class SegmentQuotes
{
    private static readonly ConditionalWeakTable<object, SegmentQuotes> Cache = new();

    private SegmentQuotes(int[] records, SignatureSet signatures, List<(int A, int B, float Share)> pairs)
    {
        Records = records;
        Signatures = signatures;
        Pairs = pairs;
    }

    /// <summary>By item: the quote record's doc id in the segment.</summary>
    public int[] Records { get; }

    public SignatureSet Signatures { get; }

    /// <summary>Items of this segment that the rule calls the same, with the share of the shorter one's shingles in common.</summary>
    public List<(int A, int B, float Share)> Pairs { get; }

    public static SegmentQuotes For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentQuotes Load(AtomicReader reader)
    {
        var levels = SegmentFacets.For(reader).Levels;
        var values = reader.GetBinaryDocValues(IndexFields.QuoteSignature);
        var records = new List<int>();
        var start = new List<int> { 0 };
        var hashes = new List<uint>();
        if (values is not null)
        {
            var bytes = new BytesRef();
            for (var doc = 0; doc < levels.Length; doc++)
            {
                if (levels[doc] != SegmentFacets.LevelQuote) continue;
                values.Get(doc, bytes);
                var count = bytes.Length / 4;
                if (count == 0) continue;
                var decoded = new uint[count];
                QuoteSignature.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), decoded);
                records.Add(doc);
                hashes.AddRange(decoded);
                start.Add(hashes.Count);
            }
        }
        var signatures = new SignatureSet(start.ToArray(), hashes.ToArray());
        var pairs = signatures.Pairs(QuoteMatchRule.Default);
        return new SegmentQuotes(records.ToArray(), signatures, pairs);
    }
}
