using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Postings;

/// <summary>
/// The in-memory part of one level's postings: the sorted term dictionary (for exact and prefix lookup), each
/// term's document frequency per field, per-field BM25 statistics and the one-byte norms of every unit.
/// Immutable once loaded: postings describe the build, and live changes go to FTS5.
/// </summary>
internal sealed class LevelPostings
{
    private LevelPostings(LevelSchema level) => Level = level;

    public LevelSchema Level { get; }
    public int Fields => Level.Columns.Count;
    /// <summary>Terms in ordinal order (contiguous per prefix); <see cref="Ids"/>, <see cref="Df"/> are parallel.</summary>
    public string[] Terms { get; private init; } = [];
    public int[] Ids { get; private init; } = [];
    public int[] Df { get; private init; } = [];
    /// <summary>Per term and field (term * Fields + field): units whose field has the term.</summary>
    public int[] FieldDf { get; private init; } = [];
    public long[] FieldDocCount { get; private init; } = [];
    public double[] FieldAverageLength { get; private init; } = [];
    /// <summary>Per field, per unit rowid: <see cref="Postings.Norms"/>-encoded length.</summary>
    public byte[][] Norms { get; private init; } = [];
    /// <summary>Per field, <see cref="Bm25.LengthFactors"/> of its average length.</summary>
    public float[][] LengthFactors { get; private init; } = [];

    /// <summary>A field's BM25 weight for a term (or a phrase's summed idf): field weight × idf.</summary>
    public float Weight(int field, double idf) => (float)(Level.Columns[field].Weight * idf);

    public double Idf(int term, int field) => Bm25.Idf(FieldDocCount[field], FieldDf[term * Fields + field]);

    public static LevelPostings Load(SqliteConnection connection, LevelSchema level)
    {
        var fields = level.Columns.Count;
        var terms = new List<string>();
        var ids = new List<int>();
        var df = new List<int>();
        var fieldDf = new List<int>();
        using (var command = connection.Command("SELECT term, id, df, field_df FROM postings_terms WHERE level = $l", ("$l", (int)level.Level)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                terms.Add(reader.GetString(0));
                ids.Add(reader.GetInt32(1));
                df.Add(reader.GetInt32(2));
                var blob = (byte[])reader[3];
                var offset = 0;
                for (var f = 0; f < fields; f++) fieldDf.Add(VarInt.Read(blob, ref offset));
            }
        }
        // SQLite orders by UTF-8 bytes; our lookups compare UTF-16 ordinally. They differ only above U+FFFF, but sort anyway.
        var order = Enumerable.Range(0, terms.Count).ToArray();
        var keys = terms.ToArray();
        Array.Sort(keys, order, StringComparer.Ordinal);
        var flatDf = new int[order.Length * fields];
        for (var i = 0; i < order.Length; i++)
            for (var f = 0; f < fields; f++) flatDf[i * fields + f] = fieldDf[order[i] * fields + f];

        var docCount = new long[fields];
        var average = new double[fields];
        var norms = new byte[fields][];
        using (var command = connection.Command("SELECT field, doc_count, total_length, norms FROM postings_fields WHERE level = $l", ("$l", (int)level.Level)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var f = reader.GetInt32(0);
                docCount[f] = reader.GetInt64(1);
                average[f] = docCount[f] == 0 ? 1 : (double)reader.GetInt64(2) / docCount[f];
                norms[f] = (byte[])reader[3];
            }
        }
        return new LevelPostings(level)
        {
            Terms = keys,
            Ids = order.Select(o => ids[o]).ToArray(),
            Df = order.Select(o => df[o]).ToArray(),
            FieldDf = flatDf,
            FieldDocCount = docCount,
            FieldAverageLength = average,
            Norms = norms.Select(n => n ?? []).ToArray(),
            LengthFactors = average.Select(Bm25.LengthFactors).ToArray(),
        };
    }

    /// <summary>The dictionary index of a term, or -1.</summary>
    public int Find(string term)
    {
        var i = Array.BinarySearch(Terms, term, StringComparer.Ordinal);
        return i >= 0 ? i : -1;
    }

    /// <summary>The dictionary range [start, end) of the terms starting with <paramref name="prefix"/> (FTS5's <c>"x" *</c>).</summary>
    public (int Start, int End) PrefixRange(string prefix)
    {
        var start = Array.BinarySearch(Terms, prefix, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        var end = start;
        while (end < Terms.Length && Terms[end].StartsWith(prefix, StringComparison.Ordinal)) end++;
        return (start, end);
    }
}
