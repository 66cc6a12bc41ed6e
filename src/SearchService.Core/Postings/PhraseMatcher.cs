using Microsoft.Data.Sqlite;

namespace SearchService.Core.Postings;

/// <summary>
/// FTS5 phrase semantics on our positions: the tokens at consecutive positions of one column (a column filter
/// restricts which). Candidates are the units having every token, driven by the rarest; each token's positions
/// stream is walked forward only (skipping the positions of postings in between). Lucene scores a phrase as
/// one term whose idf is the sum of its words' and whose frequency is the phrase's; so do we, per field.
/// </summary>
internal sealed class PhraseMatcher(PostingsIndex index, LevelPostings level, SqliteConnection connection, int boundary)
{
    /// <summary>Units where the phrase occurs in a field of <paramref name="mask"/>; only fields of <paramref name="scoreMask"/> add to the score.</summary>
    public MatchSet Match(int[] terms, int mask, int scoreMask = -1)
    {
        var n = terms.Length;
        var fields = level.Fields;
        var postings = new TermPostings[n];
        var positions = new byte[n][];
        var lead = 0;
        for (var k = 0; k < n; k++)
        {
            postings[k] = index.Term(connection, level, terms[k]);
            if (postings[k].Count < postings[lead].Count) lead = k;
        }
        for (var k = 0; k < n; k++) positions[k] = index.Positions(connection, postings[k]);
        Span<float> weights = stackalloc float[fields];
        for (var f = 0; f < fields; f++)
        {
            if ((mask & (1 << f)) == 0) continue;
            var idf = 0.0;
            foreach (var t in terms) idf += level.Idf(t, f);
            weights[f] = level.Weight(f, idf);
        }
        var at = new int[n];        // current posting of each token
        var walked = new int[n];    // posting whose positions start at offset[k]
        var offset = new int[n];
        var buffers = new int[n][];
        for (var k = 0; k < n; k++) buffers[k] = new int[16];
        var counts = new int[n];

        var leadRows = postings[lead].Rows;
        var end = PostingsEvaluator.Limit(leadRows, boundary);
        var result = new MatchSet(end);
        for (var i = 0; i < end; i++)
        {
            var row = leadRows[i];
            var all = true;
            for (var k = 0; k < n && all; k++)
            {
                at[k] = MatchSetOps.Advance(postings[k].Rows, at[k], postings[k].Count, row);
                all = at[k] < postings[k].Count && postings[k].Rows[at[k]] == row;
            }
            if (!all) continue;
            var score = 0f;
            var matched = false;
            for (var f = 0; f < fields; f++)
            {
                if (weights[f] == 0) continue;
                var present = true;
                for (var k = 0; k < n && present; k++)
                    present = postings[k].Tf[at[k] * fields + f] != 0;
                if (!present) continue;
                for (var k = 0; k < n; k++) counts[k] = FieldPositions(postings[k], positions[k], at[k], f, ref walked[k], ref offset[k], ref buffers[k]);
                var freq = Consecutive(buffers, counts, n);
                if (freq == 0) continue;
                matched = true;
                if ((scoreMask & (1 << f)) != 0) score += weights[f] * freq / (freq + level.LengthFactors[f][level.Norms[f][row]]);
            }
            if (matched) result.Add(row, score);
        }
        return result;
    }

    // Decodes the positions of field f of posting j into buffer; returns how many.
    private int FieldPositions(TermPostings postings, byte[] stream, int j, int f, ref int walked, ref int offset, ref int[] buffer)
    {
        var fields = level.Fields;
        var tf = postings.Tf;
        var skip = 0;
        for (var i = walked * fields; i < j * fields; i++) skip += tf[i];
        offset = VarInt.Skip(stream, offset, skip);
        walked = j;
        var local = offset;
        for (var g = 0; g < f; g++) local = VarInt.Skip(stream, local, tf[j * fields + g]);
        var count = tf[j * fields + f];
        if (buffer.Length < count) buffer = new int[Math.Max(count, buffer.Length * 2)];
        var position = 0;
        for (var p = 0; p < count; p++)
        {
            position += VarInt.Read(stream, ref local);
            buffer[p] = position;
        }
        return count;
    }

    // Start positions p of token 0 with token k at p + k for every k.
    private static int Consecutive(int[][] buffers, int[] counts, int n)
    {
        var starts = buffers[0];
        var live = counts[0];
        var scratch = System.Buffers.ArrayPool<int>.Shared.Rent(live);
        try
        {
            Array.Copy(starts, scratch, live);
            for (var k = 1; k < n && live > 0; k++)
            {
                var other = buffers[k];
                int kept = 0, j = 0;
                for (var i = 0; i < live; i++)
                {
                    var want = scratch[i] + k;
                    while (j < counts[k] && other[j] < want) j++;
                    if (j < counts[k] && other[j] == want) scratch[kept++] = scratch[i];
                }
                live = kept;
            }
            return live;
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(scratch);
        }
    }
}
