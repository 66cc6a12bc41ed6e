using System.Runtime.CompilerServices;

namespace SearchService.Core.Postings;

/// <summary>
/// A term dictionary: UTF-8 term bytes → dense term id, open addressing over one byte arena, so a build maps a
/// hundred million tokens without allocating a string each. The build's writer holds one for the whole index,
/// each document's tokens one for its own vocabulary. Single-threaded.
/// </summary>
internal sealed class TermTable(int terms = 1 << 16) // initial capacity, a power of two
{
    private byte[] _arena = new byte[terms * 8];
    private int _arenaUsed;
    private int[] _starts = new int[terms];
    private int[] _hashes = new int[terms];
    private int[] _slots = new int[terms * 2]; // 0: empty, else term id + 1
    private int _mask = terms * 2 - 1;

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(ReadOnlySpan<byte> term)
    {
        // FNV-1a, then a final mix: terms are short, and the low bits pick the slot.
        var h = 2166136261u;
        foreach (var b in term) h = (h ^ b) * 16777619u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        return (int)h;
    }

    public int Hash(int id) => _hashes[id];

    public ReadOnlySpan<byte> Term(int id) => _arena.AsSpan(_starts[id], End(id) - _starts[id]);

    public int GetOrAdd(ReadOnlySpan<byte> term, int hash)
    {
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) break;
            var id = entry - 1;
            if (_hashes[id] == hash && Term(id).SequenceEqual(term)) return id;
            slot = (slot + 1) & _mask;
        }
        return Add(term, hash, slot);
    }

    private int Add(ReadOnlySpan<byte> term, int hash, int slot)
    {
        var id = Count++;
        if (id + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _hashes, _hashes.Length * 2);
        }
        if (_arenaUsed + term.Length > _arena.Length) Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + term.Length));
        _starts[id] = _arenaUsed;
        term.CopyTo(_arena.AsSpan(_arenaUsed));
        _arenaUsed += term.Length;
        _starts[id + 1] = _arenaUsed;
        _hashes[id] = hash;
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length) Grow();
        return id;
    }

    private int End(int id) => _starts[id + 1];

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        _mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = id + 1;
        }
    }
}
