using SearchService.Core.Analysis;

namespace SearchService.Core.Postings;

/// <summary>
/// One document's postings for all three levels, encoded on a worker thread: per unit (the document, each
/// paragraph, each quote, in that order) one record per distinct term, whose payload is already in the stored
/// format (one tf per field, then each field's position gaps). The build's single writer only maps the local
/// terms to global ids, prefixes each payload with the row gap and appends it. A document's body is its
/// paragraphs in order, numbered on as FTS5 numbers the tokens of the joined text.
/// </summary>
internal sealed class DocumentPostings
{
    public const int MaxFields = 3;
    private const int PositionBits = 28; // a sort key is local term << 32 | field << 28 | position

    private readonly List<int> _unitEnds = [];
    private readonly List<int> _lengths = [];
    private int[] _terms = new int[512];
    private byte[] _masks = new byte[512];
    private int[] _payloadEnds = new int[512];
    private byte[] _payload = new byte[8192];
    private int _records, _payloadLength;
    private long[] _keys = new long[1024];
    private int _keyCount;

    private DocumentPostings(DocumentTokens tokens) => Tokens = tokens;

    public DocumentTokens Tokens { get; }

    public static DocumentPostings Encode(DocumentTokens tokens)
    {
        var postings = new DocumentPostings(tokens);
        var title = tokens.Segment(DocumentTokens.Title);
        postings.Field(0, title, 0);
        postings.Field(1, tokens.Segment(DocumentTokens.Summary), 0);
        var position = 0;
        for (var p = 0; p < tokens.Paragraphs; p++)
        {
            var body = tokens.Segment(DocumentTokens.Paragraph(p));
            postings.Field(2, body, position);
            position += body.Length;
        }
        postings.EndUnit(3);
        for (var p = 0; p < tokens.Paragraphs; p++)
        {
            postings.Field(0, title, 0);
            postings.Field(1, tokens.Segment(DocumentTokens.Paragraph(p)), 0);
            postings.EndUnit(2);
        }
        for (var q = 0; q < tokens.Quotes; q++)
        {
            postings.Field(0, tokens.Segment(tokens.QuoteText(q)), 0);
            postings.Field(1, tokens.Segment(tokens.QuoteSpeaker(q)), 0);
            postings.EndUnit(2);
        }
        return postings;
    }

    /// <summary>Records [start, end) of a unit (0: the document, then paragraphs, then quotes).</summary>
    public (int Start, int End) Records(int unit) => (unit == 0 ? 0 : _unitEnds[unit - 1], _unitEnds[unit]);

    public int Term(int record) => _terms[record];

    /// <summary>Bit f set when the term occurs in field f.</summary>
    public int Mask(int record) => _masks[record];

    public ReadOnlySpan<byte> Payload(int record)
    {
        var start = record == 0 ? 0 : _payloadEnds[record - 1];
        return _payload.AsSpan(start, _payloadEnds[record] - start);
    }

    /// <summary>Tokens in field f of a unit.</summary>
    public int Length(int unit, int field) => _lengths[unit * MaxFields + field];

    private void Field(int field, ReadOnlySpan<int> terms, int firstPosition)
    {
        if (_keyCount + terms.Length > _keys.Length) Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyCount + terms.Length));
        var fieldBits = (long)field << PositionBits;
        var position = firstPosition;
        foreach (var term in terms)
            _keys[_keyCount++] = ((long)term << 32) | fieldBits | (uint)Math.Min(position++, (1 << PositionBits) - 1);
        while (_lengths.Count <= _unitEnds.Count * MaxFields + field) _lengths.Add(0);
        _lengths[_unitEnds.Count * MaxFields + field] += terms.Length;
    }

    private void EndUnit(int fields)
    {
        while (_lengths.Count < (_unitEnds.Count + 1) * MaxFields) _lengths.Add(0);
        var keys = _keys.AsSpan(0, _keyCount);
        keys.Sort();
        Span<int> tf = stackalloc int[MaxFields];
        var i = 0;
        while (i < keys.Length)
        {
            var term = (int)(keys[i] >> 32);
            var end = i + 1;
            while (end < keys.Length && (int)(keys[end] >> 32) == term) end++;
            tf.Clear();
            var mask = 0;
            for (var k = i; k < end; k++)
            {
                var f = Field(keys[k]);
                tf[f]++;
                mask |= 1 << f;
            }
            EnsureRecord(5 * (fields + end - i));
            for (var f = 0; f < fields; f++) Write(tf[f]);
            // Keys are sorted by field then position: each field's positions as gaps from 0.
            var field = -1;
            var previous = 0;
            for (var k = i; k < end; k++)
            {
                var f = Field(keys[k]);
                if (f != field) (field, previous) = (f, 0);
                var position = (int)(keys[k] & ((1 << PositionBits) - 1));
                Write(position - previous);
                previous = position;
            }
            _terms[_records] = term;
            _masks[_records] = (byte)mask;
            _payloadEnds[_records++] = _payloadLength;
            i = end;
        }
        _unitEnds.Add(_records);
        _keyCount = 0;
    }

    private static int Field(long key) => (int)((key >> PositionBits) & 0xF);

    private void EnsureRecord(int payloadBytes)
    {
        if (_records == _terms.Length)
        {
            Array.Resize(ref _terms, _records * 2);
            Array.Resize(ref _masks, _records * 2);
            Array.Resize(ref _payloadEnds, _records * 2);
        }
        if (_payloadLength + payloadBytes > _payload.Length) Array.Resize(ref _payload, Math.Max(_payload.Length * 2, _payloadLength + payloadBytes));
    }

    private void Write(int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            _payload[_payloadLength++] = (byte)(v | 0x80);
            v >>= 7;
        }
        _payload[_payloadLength++] = (byte)v;
    }
}
