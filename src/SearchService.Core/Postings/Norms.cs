namespace SearchService.Core.Postings;

/// <summary>
/// One byte per unit and field for its length in tokens, quantised exactly as Lucene's SmallFloat.intToByte4:
/// exact up to 23, then 4 significant bits. BM25 then needs only a 256-entry table per field and query, and the
/// norms of a million paragraphs fit in 1 MB per field.
/// </summary>
internal static class Norms
{
    private const int MaxInt4 = 231; // LongToInt4(int.MaxValue)
    private const int FreeValues = 255 - MaxInt4;

    public static byte Encode(int length) =>
        length < FreeValues ? (byte)length : (byte)(FreeValues + LongToInt4(length - FreeValues));

    public static int Decode(byte norm) =>
        norm < FreeValues ? norm : (int)(FreeValues + Int4ToLong(norm - FreeValues));

    private static int LongToInt4(long i)
    {
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)i);
        if (bits < 4) return (int)i;
        var shift = bits - 4;
        var encoded = (int)(i >> shift) & 0x07;
        return encoded | ((shift + 1) << 3);
    }

    private static long Int4ToLong(int i)
    {
        long bits = i & 0x07;
        var shift = (i >> 3) - 1;
        return shift == -1 ? bits : (bits | 0x08) << shift;
    }
}
