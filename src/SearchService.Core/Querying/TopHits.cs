using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Querying;

/// <summary>
/// Keeps the best <c>k</c> hits of a stream in a bounded heap (Lucene's TopScoreDocCollector): a page needs
/// the first page × size hits, not a sort of every match. O(n log k) instead of O(n log n).
/// </summary>
public sealed class TopHits(int k, IComparer<UnitMatch> order)
{
    // The heap's root is the worst hit kept, so it is the one to displace.
    private readonly PriorityQueue<UnitMatch, UnitMatch> _heap = new(k + 1, Comparer<UnitMatch>.Create((a, b) => order.Compare(b, a)));

    public void Offer(UnitMatch hit)
    {
        if (k <= 0) return;
        if (_heap.Count < k) _heap.Enqueue(hit, hit);
        else if (order.Compare(hit, _heap.Peek()) < 0) _heap.EnqueueDequeue(hit, hit);
    }

    /// <summary>The kept hits, best first.</summary>
    public List<UnitMatch> Sorted()
    {
        var hits = _heap.UnorderedItems.Select(e => e.Element).ToList();
        hits.Sort(order);
        return hits;
    }
}
