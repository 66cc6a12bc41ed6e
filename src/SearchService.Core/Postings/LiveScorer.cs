using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Postings;

/// <summary>
/// Scores units of the live segment (added since the build, held by FTS5) on the postings' scale: per-field BM25
/// with the build's statistics (document frequencies, unit counts, average lengths), from the unit's term
/// frequencies and positions read through the level's <c>fts5vocab</c> instance table and its field lengths from
/// FTS5's docsize table. FTS5's own bm25 would count only the live units: with few of them every idf is floored
/// near zero and a new document would sink below the whole build. FTS5 still decides which units match;
/// <c>scoreFields</c> masks the fields that count (an explanation's columns).
/// </summary>
internal sealed class LiveScorer(SqliteConnection connection, LevelPostings level, int from, int scoreFields = -1, CancellationToken deadline = default)
{
    private readonly Dictionary<int, int[]> _lengths = [];

    /// <summary>Scores <paramref name="rows"/> (which match <paramref name="expression"/>): the sum of the
    /// scores of the positive words and phrases each contains, as the postings evaluator sums them.</summary>
    public float[] Score(TextExpr expression, IReadOnlyList<int> rows)
    {
        var scores = new float[rows.Count];
        if (rows.Count == 0) return scores;
        var index = new Dictionary<int, int>(rows.Count);
        for (var i = 0; i < rows.Count; i++) index[rows[i]] = i;
        foreach (var phrase in PositivePhrases(expression))
        {
            deadline.ThrowIfCancellationRequested();
            foreach (var (row, score) in Phrase(phrase))
                if (index.TryGetValue(row, out var i)) scores[i] += score;
        }
        return scores;
    }

    private static IEnumerable<TextPhrase> PositivePhrases(TextExpr expression) => expression switch
    {
        TextPhrase p => [p],
        TextAnd a => a.Parts.SelectMany(PositivePhrases),
        TextOr o => o.Parts.SelectMany(PositivePhrases),
        TextNot n => PositivePhrases(n.Positive),
        _ => [],
    };

    private Dictionary<int, float> Phrase(TextPhrase phrase)
    {
        var tokens = QueryAnalyzer.Tokens(phrase.Text);
        var scores = new Dictionary<int, float>();
        if (tokens.Length == 0) return scores;
        var mask = level.Level.FieldMask(phrase.Column);
        var fields = level.Fields;
        if (phrase.Prefix && tokens.Length == 1)
        {
            // Constant score per field with a word of the prefix, as the postings score a prefix.
            var bits = new Dictionary<int, int>();
            foreach (var (row, field, _) in Instances(tokens[0], prefix: true))
                if ((mask & (1 << field)) != 0) bits[row] = bits.GetValueOrDefault(row) | (1 << field);
            foreach (var (row, b) in bits)
            {
                var score = 0f;
                for (var f = 0; f < fields; f++)
                    if ((b & scoreFields & (1 << f)) != 0) score += (float)level.Level.Columns[f].Weight;
                scores[row] = score;
            }
            return scores;
        }
        // Per (row, field): how often the phrase occurs (its tokens at consecutive positions).
        var positions = tokens.Select((t, k) => Positions(t, phrase.Prefix && k == tokens.Length - 1)).ToArray();
        var idf = new double[fields];
        for (var f = 0; f < fields; f++)
            for (var k = 0; k < tokens.Length; k++)
                idf[f] += phrase.Prefix && k == tokens.Length - 1 ? 0 : Idf(tokens[k], f);
        foreach (var ((row, field), starts) in positions[0])
        {
            if ((mask & (1 << field)) == 0) continue;
            var freq = 0;
            foreach (var start in starts)
            {
                var all = true;
                for (var k = 1; k < tokens.Length && all; k++)
                    all = positions[k].TryGetValue((row, field), out var at) && at.Contains(start + k);
                if (all) freq++;
            }
            if (freq == 0 || (scoreFields & (1 << field)) == 0) continue;
            var factor = level.LengthFactors[field][Norms.Encode(Lengths(row)[field])];
            scores[row] = scores.GetValueOrDefault(row) + level.Weight(field, idf[field]) * freq / (freq + factor);
        }
        return scores;
    }

    private double Idf(string token, int field)
    {
        var term = level.Find(token);
        return term >= 0 ? level.Idf(term, field) : Bm25.Idf(level.FieldDocCount[field], 0);
    }

    private Dictionary<(int Row, int Field), HashSet<int>> Positions(string token, bool prefix)
    {
        var positions = new Dictionary<(int, int), HashSet<int>>();
        foreach (var (row, field, offset) in Instances(token, prefix))
        {
            if (!positions.TryGetValue((row, field), out var set)) positions[(row, field)] = set = [];
            set.Add(offset);
        }
        return positions;
    }

    private IEnumerable<(int Row, int Field, int Offset)> Instances(string token, bool prefix)
    {
        var vocab = level.Level.InstancesTable;
        using var command = prefix
            ? connection.Command($"SELECT doc, col, offset FROM {vocab} WHERE term >= $t AND term < $end AND doc >= $from", ("$t", token), ("$end", token + '\uffff'), ("$from", from))
            : connection.Command($"SELECT doc, col, offset FROM {vocab} WHERE term = $t AND doc >= $from", ("$t", token), ("$from", from));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var field = level.Level.ColumnIndex(reader.GetString(1));
            if (field >= 0) yield return ((int)reader.GetInt64(0), field, reader.GetInt32(2));
        }
    }

    // Tokens per field of a live unit: FTS5's docsize row, one SQLite varint per column.
    private int[] Lengths(int row)
    {
        if (_lengths.TryGetValue(row, out var known)) return known;
        var lengths = new int[level.Fields];
        var blob = connection.Scalar<byte[]>($"SELECT sz FROM {level.Level.Table}_docsize WHERE id = $r", ("$r", row)) ?? [];
        var offset = 0;
        for (var f = 0; f < lengths.Length && offset < blob.Length; f++) lengths[f] = (int)SqliteVarint(blob, ref offset);
        return _lengths[row] = lengths;
    }

    private static long SqliteVarint(byte[] data, ref int offset)
    {
        long value = 0;
        for (var i = 0; i < 8 && offset < data.Length; i++)
        {
            var b = data[offset++];
            value = (value << 7) | (b & 0x7FL);
            if (b < 0x80) return value;
        }
        return offset < data.Length ? (value << 8) | data[offset++] : value;
    }

}
