namespace SearchService.Core.Postings;

/// <summary>
/// Least-recently-used decoded postings, bounded by bytes: a term's blob is read and decoded once, and hot terms
/// (the common words every other query has) stay decoded. Shared by all searches of an index; thread-safe.
/// </summary>
internal sealed class PostingsCache(long budgetBytes)
{
    private readonly Dictionary<int, LinkedListNode<TermPostings>> _entries = [];
    private readonly LinkedList<TermPostings> _recent = new();
    private readonly Lock _lock = new();
    private long _bytes;

    public TermPostings GetOrAdd(int id, Func<TermPostings> load)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value;
            }
        }
        var postings = load(); // outside the lock: a big term must not stall every other search
        lock (_lock)
        {
            if (_entries.TryGetValue(id, out var raced)) return raced.Value;
            _entries[id] = _recent.AddFirst(postings);
            _bytes += postings.Size;
            Trim();
            return postings;
        }
    }

    /// <summary>Accounts for positions loaded into an entry after it was cached.</summary>
    public void Grew(long bytes)
    {
        lock (_lock)
        {
            _bytes += bytes;
            Trim();
        }
    }

    private void Trim()
    {
        while (_bytes > budgetBytes && _recent.Count > 1)
        {
            var last = _recent.Last!;
            _recent.RemoveLast();
            _entries.Remove(last.Value.Id);
            _bytes -= last.Value.Size;
        }
    }
}
