namespace SearchService.Core.Postings;

/// <summary>
/// Boolean algebra over sorted match sets with Lucene's scoring conventions: AND and OR add the scores of the
/// clauses that match (a BooleanQuery of MUST / SHOULD clauses), NOT keeps the positive side's score.
/// Inputs are consumed (returned to the pool).
/// </summary>
internal static class MatchSetOps
{
    public static MatchSet And(MatchSet a, MatchSet b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var result = new MatchSet(a.Count);
        int j = 0;
        for (var i = 0; i < a.Count && j < b.Count; i++)
        {
            var row = a.Rows[i];
            j = Advance(b.Rows, j, b.Count, row);
            if (j < b.Count && b.Rows[j] == row) result.Add(row, a.Scores[i] + b.Scores[j]);
        }
        a.Dispose();
        b.Dispose();
        return result;
    }

    public static MatchSet Not(MatchSet positive, MatchSet negative)
    {
        var result = new MatchSet(positive.Count);
        var j = 0;
        for (var i = 0; i < positive.Count; i++)
        {
            var row = positive.Rows[i];
            j = Advance(negative.Rows, j, negative.Count, row);
            if (j < negative.Count && negative.Rows[j] == row) continue;
            result.Add(row, positive.Scores[i]);
        }
        positive.Dispose();
        negative.Dispose();
        return result;
    }

    public static MatchSet Or(MatchSet a, MatchSet b)
    {
        var result = new MatchSet(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            int ra = a.Rows[i], rb = b.Rows[j];
            if (ra < rb) result.Add(ra, a.Scores[i++]);
            else if (rb < ra) result.Add(rb, b.Scores[j++]);
            else result.Add(ra, a.Scores[i++] + b.Scores[j++]);
        }
        while (i < a.Count) result.Add(a.Rows[i], a.Scores[i++]);
        while (j < b.Count) result.Add(b.Rows[j], b.Scores[j++]);
        a.Dispose();
        b.Dispose();
        return result;
    }

    /// <summary>First index at or after <paramref name="from"/> whose row is ≥ <paramref name="target"/>: galloping, then binary
    /// search, so a rare clause skips through a common one in O(log gap) rather than stepping every posting.</summary>
    public static int Advance(int[] rows, int from, int count, int target)
    {
        if (from >= count || rows[from] >= target) return from;
        var step = 1;
        var low = from;
        var high = from + 1;
        while (high < count && rows[high] < target)
        {
            low = high;
            step <<= 1;
            high = from + step;
        }
        if (high > count) high = count;
        // rows[low] < target; answer in (low, high]
        var lo = low + 1;
        var hi = high;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (rows[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
