namespace SearchService.Core.Quotations;

/// <summary>
/// Joins quotations into groups along the pairs that are the same words, strongest pair first, and joins two groups
/// only when their fullest versions (the longest member of each) are the same words too. Plain connected components
/// chain: a short excerpt of a statement is also most of a different statement that quotes the same phrase, and would
/// join the two. Here the excerpt joins the statement it is wholly part of first, and the other statement stays apart,
/// because the two fullest versions share only the phrase. Ties are broken by the records' arrival keys, so the groups
/// do not depend on how the index happens to be split into segments.
/// </summary>
internal static class QuoteMerging
{
    /// <summary>Whether the quotations numbered <paramref name="a"/> and <paramref name="b"/> are the same words.</summary>
    public delegate bool SameWords(int a, int b);

    /// <summary>For each of <paramref name="count"/> quotations, the number of its group's first member (by key); a quotation
    /// in no pair is its own.</summary>
    public static int[] Groups(int count, List<(int A, int B, float Share)> pairs, Func<int, int> length, Func<int, long> key, SameWords same)
    {
        pairs.Sort((x, y) =>
        {
            if (x.Share != y.Share) return y.Share.CompareTo(x.Share);
            var byFirst = Math.Min(key(x.A), key(x.B)).CompareTo(Math.Min(key(y.A), key(y.B)));
            return byFirst != 0 ? byFirst : Math.Max(key(x.A), key(x.B)).CompareTo(Math.Max(key(y.A), key(y.B)));
        });
        var parent = Enumerable.Range(0, count).ToArray();
        // Per root: its group's fullest member (longest; the earliest among equals) and its first member.
        var fullest = Enumerable.Range(0, count).ToArray();
        var first = Enumerable.Range(0, count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        bool Fuller(int x, int y) => length(x) != length(y) ? length(x) > length(y) : key(x) < key(y);

        foreach (var (a, b, _) in pairs)
        {
            var (x, y) = (Find(a), Find(b));
            if (x == y || !same(fullest[x], fullest[y])) continue;
            parent[y] = x;
            if (Fuller(fullest[y], fullest[x])) fullest[x] = fullest[y];
            if (key(first[y]) < key(first[x])) first[x] = first[y];
        }
        var groups = new int[count];
        for (var i = 0; i < count; i++) groups[i] = first[Find(i)];
        return groups;
    }
}
