using System.Runtime.CompilerServices;

namespace SearchService.Core.Postings;

/// <summary>
/// One level's postings as a build writes them, in memory: units arrive in rowid order, each as its fields'
/// term ids in position order, and every term keeps its three streams growing in the stored format (doc-id gaps;
/// one tf per field; per field with tf &gt; 0 its position gaps), so writing them out is a copy.
/// </summary>
internal sealed class LevelAccumulator(int fields)
{
    private const int PositionBits = 28; // a key is term << 32 | field << 28 | position

    private TermBuilder?[] _terms = new TermBuilder?[1 << 16];
    private int[] _lengths = new int[1 << 16]; // per row * fields + field: tokens
    private long[] _keys = new long[1024];
    private int _keyCount, _row;

    public int Fields { get; } = fields;
    public int MaxRow { get; private set; }

    public void BeginUnit(int row)
    {
        _row = row;
        _keyCount = 0;
        MaxRow = Math.Max(MaxRow, row);
        var needed = (row + 1) * Fields;
        if (needed > _lengths.Length) Array.Resize(ref _lengths, Math.Max(needed, _lengths.Length * 2));
    }

    /// <summary>Adds tokens of one field at positions firstPosition, firstPosition + 1, ...</summary>
    public void Add(int field, ReadOnlySpan<int> terms, int firstPosition)
    {
        if (_keyCount + terms.Length > _keys.Length) Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyCount + terms.Length));
        var fieldBits = (long)field << PositionBits;
        var position = firstPosition;
        foreach (var term in terms)
            _keys[_keyCount++] = ((long)term << 32) | fieldBits | (uint)Math.Min(position++, (1 << PositionBits) - 1);
        _lengths[_row * Fields + field] += terms.Length;
    }

    public void EndUnit()
    {
        var keys = _keys.AsSpan(0, _keyCount);
        keys.Sort();
        Span<int> tf = stackalloc int[Fields];
        var i = 0;
        while (i < keys.Length)
        {
            var term = (int)(keys[i] >> 32);
            var end = i + 1;
            while (end < keys.Length && (int)(keys[end] >> 32) == term) end++;
            tf.Clear();
            for (var k = i; k < end; k++) tf[Field(keys[k])]++;
            Builder(term).Add(_row, tf, keys[i..end]);
            i = end;
        }
    }

    /// <summary>The term's postings, or null when no unit of this level has it.</summary>
    public TermBuilder? Term(int term) => term < _terms.Length ? _terms[term] : null;

    public int Length(int row, int field) => row * Fields + field < _lengths.Length ? _lengths[row * Fields + field] : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Field(long key) => (int)((key >> PositionBits) & 0xF);

    private TermBuilder Builder(int term)
    {
        if (term >= _terms.Length) Array.Resize(ref _terms, Math.Max(term + 1, _terms.Length * 2));
        return _terms[term] ??= new TermBuilder(Fields);
    }

    /// <summary>One term's postings under construction.</summary>
    internal sealed class TermBuilder(int fields)
    {
        private byte[] _docs = new byte[4], _freqs = new byte[4], _positions = new byte[8];
        private int _docsLength, _freqsLength, _positionsLength, _lastRow;

        public int Df { get; private set; }
        public int[] FieldDf { get; } = new int[fields];

        public ReadOnlySpan<byte> Docs => _docs.AsSpan(0, _docsLength);
        public ReadOnlySpan<byte> Freqs => _freqs.AsSpan(0, _freqsLength);
        public ReadOnlySpan<byte> Positions => _positions.AsSpan(0, _positionsLength);

        public void Add(int row, ReadOnlySpan<int> tf, ReadOnlySpan<long> keys)
        {
            Write(ref _docs, ref _docsLength, row - _lastRow);
            _lastRow = row;
            Df++;
            for (var f = 0; f < tf.Length; f++)
            {
                Write(ref _freqs, ref _freqsLength, tf[f]);
                if (tf[f] > 0) FieldDf[f]++;
            }
            // Keys are sorted by field then position, as the reader expects the positions.
            var field = -1;
            var previous = 0;
            foreach (var key in keys)
            {
                var f = Field(key);
                if (f != field)
                {
                    field = f;
                    previous = 0;
                }
                var position = (int)(key & ((1 << PositionBits) - 1));
                Write(ref _positions, ref _positionsLength, position - previous);
                previous = position;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Write(ref byte[] buffer, ref int length, int value)
        {
            if (length + 5 > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var v = (uint)value;
            while (v >= 0x80)
            {
                buffer[length++] = (byte)(v | 0x80);
                v >>= 7;
            }
            buffer[length++] = (byte)v;
        }
    }
}
