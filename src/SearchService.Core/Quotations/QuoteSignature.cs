using System.Buffers.Binary;

namespace SearchService.Core.Quotations;

/// <summary>
/// A quotation's fingerprint: the distinct hashes of its word 3-shingles (every run of three consecutive
/// <see cref="QuoteWords"/>), sorted. Two copies of a quotation share most of their shingles however they were
/// punctuated; a copy trimmed at either end keeps a subset of them; one changed word loses at most three. Stored on each
/// quote record (<see cref="Indexing.IndexFields.QuoteSignature"/>), so the hash must never change without a new schema
/// version: it is FNV-1a over each word, the three word hashes mixed, then a 64-bit finaliser folded to 32 bits.
/// </summary>
public static class QuoteSignature
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 3;

    /// <summary>Quotations shorter than this have no signature and are grouped with nothing: “Yes”, “no comment” and
    /// other short phrases are said by everyone.</summary>
    public const int MinWords = 5;

    public static uint[] Of(string text) => Of(QuoteWords.Of(text));

    /// <param name="words">The quotation's words.</param>
    /// <param name="shingleWords">Words per shingle: <see cref="ShingleWords"/> for the index; the measurement tries others.</param>
    public static uint[] Of(IReadOnlyList<string> words, int shingleWords = ShingleWords)
    {
        if (words.Count < Math.Max(MinWords, shingleWords)) return [];
        var wordHashes = new ulong[words.Count];
        for (var i = 0; i < words.Count; i++) wordHashes[i] = Fnv(words[i]);
        var shingles = new uint[words.Count - shingleWords + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var hash = 0UL;
            for (var w = 0; w < shingleWords; w++) hash = hash * 0x9E3779B97F4A7C15UL ^ wordHashes[i + w];
            shingles[i] = Fold(Mix(hash));
        }
        Array.Sort(shingles);
        var distinct = 0;
        for (var i = 0; i < shingles.Length; i++)
            if (i == 0 || shingles[i] != shingles[i - 1]) shingles[distinct++] = shingles[i];
        return shingles[..distinct];
    }

    /// <summary>Four bytes per hash, little-endian (a doc value's bytes).</summary>
    public static byte[] Encode(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        return bytes;
    }

    public static void Decode(ReadOnlySpan<byte> bytes, Span<uint> into)
    {
        for (var i = 0; i < into.Length; i++) into[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
    }

    private static ulong Fnv(string word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return hash;
    }

    // MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }

    private static uint Fold(ulong x) => (uint)(x ^ (x >> 32));
}
