namespace SearchService.Core.Postings;

/// <summary>
/// The postings of one batch of units on one level, grouped by term id (ascending): per term its chunk of
/// postings in the stored stream format (row gap, first from 0; one tf per field; positions) with df and
/// per-field df. A build appends records in arrival order, which is cheap, and groups them a batch at a time;
/// the final write concatenates each term's chunks across batches (Lucene's flush, then merge).
/// </summary>
internal sealed class PostingsSegment
{
    private PostingsSegment(int[] terms, int[] starts, byte[] data, int[] df, int[] fieldDf)
    {
        Terms = terms;
        Starts = starts;
        Data = data;
        Df = df;
        FieldDf = fieldDf;
    }

    public int[] Terms { get; }
    /// <summary>Chunk i is Data[Starts[i] .. Starts[i + 1]].</summary>
    public int[] Starts { get; }
    public byte[] Data { get; }
    public int[] Df { get; }
    /// <summary>Per chunk i and field f: FieldDf[i * fields + f].</summary>
    public int[] FieldDf { get; }

    /// <summary>Groups a batch's records (term, row, field mask, payload; rows ascending per term) by term.</summary>
    public static PostingsSegment Group(RecordBatch batch, int fields, int termCount)
    {
        var n = batch.Count;
        // Counting sort by term id: counts, then the distinct terms in order, then a stable scatter.
        var counts = new int[termCount];
        var distinct = 0;
        for (var i = 0; i < n; i++)
            if (counts[batch.Terms[i]]++ == 0) distinct++;
        var terms = new int[distinct];
        var starts = new int[distinct + 1];
        var df = new int[distinct];
        var fieldDf = new int[distinct * fields];
        var next = new int[termCount]; // for a present term: its first slot in order[]
        var slot = 0;
        var chunk = 0;
        var bytes = 0;
        for (var t = 0; t < termCount; t++)
        {
            if (counts[t] == 0) continue;
            terms[chunk] = t;
            df[chunk] = counts[t];
            next[t] = slot;
            slot += counts[t];
            chunk++;
        }
        var order = new int[n];
        for (var i = 0; i < n; i++) order[next[batch.Terms[i]]++] = i;
        for (var i = 0; i < n; i++) bytes += batch.PayloadLength(i) + 5;

        var data = new byte[bytes];
        var length = 0;
        var at = 0;
        for (var c = 0; c < distinct; c++)
        {
            starts[c] = length;
            var previous = 0;
            for (var k = 0; k < df[c]; k++)
            {
                var i = order[at++];
                var row = batch.Rows[i];
                length += VarInt.Write(data.AsSpan(length), row - previous);
                previous = row;
                var payload = batch.Payload(i);
                payload.CopyTo(data.AsSpan(length));
                length += payload.Length;
                var mask = batch.Masks[i];
                for (var f = 0; f < fields; f++)
                    if ((mask & (1 << f)) != 0) fieldDf[c * fields + f]++;
            }
        }
        starts[distinct] = length;
        return new PostingsSegment(terms, starts, data, df, fieldDf);
    }
}

/// <summary>Records in arrival order, appended sequentially (no per-term state touched while a build runs).</summary>
internal sealed class RecordBatch(int capacity)
{
    public int[] Terms { get; } = new int[capacity];
    public int[] Rows { get; } = new int[capacity];
    public byte[] Masks { get; } = new byte[capacity];
    private readonly int[] _payloadEnds = new int[capacity];
    private byte[] _payload = new byte[capacity * 8];
    private int _payloadLength;

    public int Count { get; private set; }
    public bool Full => Count == Terms.Length;

    public void Clear() => Count = _payloadLength = 0;

    public void Add(int term, int row, int mask, ReadOnlySpan<byte> payload)
    {
        if (_payloadLength + payload.Length > _payload.Length) Array.Resize(ref _payload, Math.Max(_payload.Length * 2, _payloadLength + payload.Length));
        payload.CopyTo(_payload.AsSpan(_payloadLength));
        _payloadLength += payload.Length;
        Terms[Count] = term;
        Rows[Count] = row;
        Masks[Count] = (byte)mask;
        _payloadEnds[Count++] = _payloadLength;
    }

    public ReadOnlySpan<byte> Payload(int i)
    {
        var start = i == 0 ? 0 : _payloadEnds[i - 1];
        return _payload.AsSpan(start, _payloadEnds[i] - start);
    }

    public int PayloadLength(int i) => _payloadEnds[i] - (i == 0 ? 0 : _payloadEnds[i - 1]);
}
