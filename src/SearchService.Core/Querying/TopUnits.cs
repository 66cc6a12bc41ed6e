namespace SearchService.Core.Querying;

/// <summary>
/// Keeps the best <c>k</c> hits of a stream in a bounded binary heap whose root is the worst hit kept (Lucene's
/// TopScoreDocCollector): a page needs the first page × size hits, not a sort of every match.
/// </summary>
internal sealed class TopUnits(int k, HitOrder order)
{
    private readonly UnitHit[] _heap = new UnitHit[Math.Max(k, 0)];
    private int _count;

    public void Offer(in UnitHit hit)
    {
        if (_heap.Length == 0) return;
        if (_count < _heap.Length)
        {
            _heap[_count] = hit;
            Up(_count++);
        }
        else if (order.Compare(hit, _heap[0]) < 0)
        {
            _heap[0] = hit;
            Down(0);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public List<UnitHit> Sorted()
    {
        var hits = _heap.AsSpan(0, _count).ToArray().ToList();
        hits.Sort(order);
        return hits;
    }

    // Heap order: a parent sorts after (is worse than) its children.
    private bool Worse(int a, int b) => order.Compare(_heap[a], _heap[b]) > 0;

    private void Up(int i)
    {
        while (i > 0 && Worse(i, (i - 1) / 2))
        {
            (_heap[i], _heap[(i - 1) / 2]) = (_heap[(i - 1) / 2], _heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            int left = 2 * i + 1, right = left + 1, worst = i;
            if (left < _count && Worse(left, worst)) worst = left;
            if (right < _count && Worse(right, worst)) worst = right;
            if (worst == i) return;
            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
