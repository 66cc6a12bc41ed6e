namespace SearchService.Core.Quotations;

/// <summary>
/// Quotation signatures with an inverted index over their hashes, to find every pair a <see cref="QuoteMatchRule"/>
/// calls the same without comparing all pairs. Prefix filtering (the pigeonhole bound of set-similarity joins): if A
/// and B share at least r of A's m hashes, then any m − r + 1 of A's hashes include one of the shared ones. So each
/// quotation probes only that many of its hashes, the rarest, and a pair is found from its shorter member; a hash
/// that half the corpus shares ("of the the") costs nothing unless a quotation has little else. Candidates are then
/// checked exactly.
/// </summary>
internal sealed class SignatureSet
{
    private readonly int[] _start;
    private readonly uint[] _hashes;
    // (hash << 32) | item, sorted: the items holding a hash are one range.
    private readonly ulong[] _inverted;

    public SignatureSet(int[] start, uint[] hashes)
    {
        _start = start;
        _hashes = hashes;
        _inverted = new ulong[hashes.Length];
        for (var item = 0; item < start.Length - 1; item++)
            for (var k = start[item]; k < start[item + 1]; k++) _inverted[k] = ((ulong)hashes[k] << 32) | (uint)item;
        Array.Sort(_inverted);
    }

    public static SignatureSet Of(IReadOnlyList<uint[]> signatures)
    {
        var start = new int[signatures.Count + 1];
        for (var i = 0; i < signatures.Count; i++) start[i + 1] = start[i] + signatures[i].Length;
        var hashes = new uint[start[^1]];
        for (var i = 0; i < signatures.Count; i++) signatures[i].CopyTo(hashes, start[i]);
        return new SignatureSet(start, hashes);
    }

    public int Count => _start.Length - 1;

    /// <summary>Heap held: the hashes twice (by item, by hash) and the item offsets.</summary>
    public long Bytes => _hashes.Length * 12L + _start.Length * 4L;

    public ReadOnlySpan<uint> this[int item] => _hashes.AsSpan(_start[item], _start[item + 1] - _start[item]);

    /// <summary>Every pair of items the rule calls the same, each once (shorter item first where lengths differ), with
    /// the share of the shorter one's hashes they have in common.</summary>
    public List<(int A, int B, float Share)> Pairs(QuoteMatchRule rule)
    {
        // Where each hash's run of items starts and ends, by position in _hashes: one pass over the inverted index
        // instead of a binary search per hash of every item.
        var runFrom = new int[_hashes.Length];
        var runTo = new int[_hashes.Length];
        for (var from = 0; from < _inverted.Length;)
        {
            var hash = (uint)(_inverted[from] >> 32);
            var to = from + 1;
            while (to < _inverted.Length && (uint)(_inverted[to] >> 32) == hash) to++;
            for (var k = from; k < to; k++)
            {
                var item = (int)(uint)_inverted[k];
                var at = _start[item] + this[item].BinarySearch(hash);
                runFrom[at] = from;
                runTo[at] = to;
            }
            from = to;
        }

        var pairs = new List<(int, int, float)>();
        var probe = new Probe(Count);
        for (var a = 0; a < Count; a++)
        {
            var (first, length) = (_start[a], _start[a + 1] - _start[a]);
            foreach (var (b, share) in probe.Run(this, this[a], runFrom.AsSpan(first, length), runTo.AsSpan(first, length), rule, minLength: length))
            {
                // A pair of equal lengths is found from both ends: keep it once.
                if (b != a && (_start[b + 1] - _start[b] > length || b > a)) pairs.Add((a, b, share));
            }
        }
        return pairs;
    }

    /// <summary>Every pair (item of this set, item of <paramref name="other"/>) the rule calls the same.</summary>
    public List<(int Mine, int Theirs, float Share)> PairsWith(SignatureSet other, QuoteMatchRule rule)
    {
        var pairs = new List<(int, int, float)>();
        var theirs = new Probe(other.Count);
        if (Count * 16 <= other.Count)
        {
            // A few new quotations against many: probing all their hashes finds a pair whichever member is shorter.
            for (var a = 0; a < Count; a++)
                foreach (var (b, share) in theirs.Run(other, this[a], rule, minLength: 0, allHashes: true)) pairs.Add((a, b, share));
            return pairs;
        }
        var mine = new Probe(Count);
        var seen = new HashSet<(int, int)>();
        for (var a = 0; a < Count; a++)
            foreach (var (b, share) in theirs.Run(other, this[a], rule, minLength: _start[a + 1] - _start[a]))
                if (seen.Add((a, b))) pairs.Add((a, b, share));
        for (var b = 0; b < other.Count; b++)
            foreach (var (a, share) in mine.Run(this, other[b], rule, minLength: other._start[b + 1] - other._start[b]))
                if (seen.Add((a, b))) pairs.Add((a, b, share));
        return pairs;
    }

    private (int From, int To) Range(uint hash)
    {
        var low = (ulong)hash << 32;
        var from = LowerBound(low);
        // No item is numbered 2^32 − 1, so this bound is just past the hash's last entry.
        return (from, LowerBound(low | 0xFFFF_FFFFUL));
    }

    private int LowerBound(ulong value)
    {
        int low = 0, high = _inverted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_inverted[mid] < value) low = mid + 1; else high = mid;
        }
        return low;
    }

    /// <summary>One probing pass's scratch: which items were already checked for the current quotation, and the order of its hashes.</summary>
    private sealed class Probe(int count)
    {
        private readonly int[] _seen = Enumerable.Repeat(-1, count).ToArray();
        private readonly List<(int Item, float Share)> _found = [];
        private int[] _from = new int[64], _to = new int[64];
        private long[] _order = new long[64];
        private int _stamp;

        /// <summary>Items of <paramref name="target"/> (another set) that the rule calls the same as <paramref name="signature"/>.</summary>
        public List<(int Item, float Share)> Run(SignatureSet target, ReadOnlySpan<uint> signature, QuoteMatchRule rule, int minLength, bool allHashes = false)
        {
            if (_from.Length < signature.Length) (_from, _to) = (new int[signature.Length], new int[signature.Length]);
            for (var i = 0; i < signature.Length; i++) (_from[i], _to[i]) = target.Range(signature[i]);
            return Run(target, signature, _from.AsSpan(0, signature.Length), _to.AsSpan(0, signature.Length), rule, minLength, allHashes);
        }

        /// <summary>Items of <paramref name="target"/> at least <paramref name="minLength"/> long that the rule calls the same as
        /// <paramref name="signature"/>, whose hashes' runs in the target are <paramref name="from"/>–<paramref name="to"/>.</summary>
        public List<(int Item, float Share)> Run(SignatureSet target, ReadOnlySpan<uint> signature, ReadOnlySpan<int> from, ReadOnlySpan<int> to,
            QuoteMatchRule rule, int minLength, bool allHashes = false)
        {
            _found.Clear();
            if (signature.Length == 0) return _found;
            var stamp = _stamp++;
            if (_order.Length < signature.Length) _order = new long[signature.Length];
            var present = 0;
            for (var i = 0; i < signature.Length; i++)
                if (to[i] > from[i]) _order[present++] = ((long)(to[i] - from[i]) << 32) | (uint)i;
            // Rarest first: with a pair found from its shorter member, the shorter's m − r + 1 rarest hashes suffice.
            var order = _order.AsSpan(0, present);
            order.Sort();
            var probes = allHashes ? present : Math.Min(present, signature.Length - rule.Required(signature.Length) + 1);
            for (var p = 0; p < probes; p++)
            {
                var i = (int)(uint)order[p];
                for (var k = from[i]; k < to[i]; k++)
                {
                    var item = (int)(uint)target._inverted[k];
                    if (_seen[item] == stamp) continue;
                    _seen[item] = stamp;
                    var other = target[item];
                    if (other.Length < minLength) continue;
                    var shared = QuoteMatchRule.Shared(signature, other);
                    var shorter = Math.Min(signature.Length, other.Length);
                    if (shared >= rule.Required(shorter)) _found.Add((item, (float)shared / shorter));
                }
            }
            return _found;
        }
    }
}
