namespace SearchService.Core.Postings;

/// <summary>
/// Lucene 8's BM25 (k1 = 1.2, b = 0.75), per field: score = weight · tf / (tf + k1 · (1 − b + b · length / avgLength))
/// with weight = field weight · idf. A query sums it over fields, so a title match adds its own, title-sized,
/// term; one table of 256 length factors per field (indexed by the one-byte norm) makes it a few flops a match.
/// </summary>
internal static class Bm25
{
    public const double K1 = 1.2, B = 0.75;

    /// <summary>Lucene's idf: never negative, even for a term in every unit.</summary>
    public static double Idf(long docCount, long df) => Math.Log(1 + (docCount - df + 0.5) / (df + 0.5));

    /// <summary>k1 · (1 − b + b · length / average) for each of the 256 norm bytes.</summary>
    public static float[] LengthFactors(double averageLength)
    {
        var table = new float[256];
        for (var n = 0; n < 256; n++) table[n] = (float)(K1 * (1 - B + B * Norms.Decode((byte)n) / averageLength));
        return table;
    }
}
