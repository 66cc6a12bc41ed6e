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
    private const int PositionBits = 28; // a token's key is field << 28 | position

    private readonly List<int> _unitEnds = [];
    private readonly List<int> _lengths = [];
    private int[] _terms = new int[512];
    private byte[] _masks = new byte[512];
    private int[] _payloadEnds = new int[512];
    private byte[] _payload = new byte[8192];
    private int _records, _payloadLength;
    private int[] _keys = new int[1024], _keyTerms = new int[1024], _sorted = new int[1024];
    private int[] _counts = [], _next = [], _distinct = new int[256];
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
        if (_keyCount + terms.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyCount + terms.Length));
            Array.Resize(ref _keyTerms, _keys.Length);
        }
        var fieldBits = field << PositionBits;
        var position = firstPosition;
        foreach (var term in terms)
        {
            _keyTerms[_keyCount] = term;
            _keys[_keyCount++] = fieldBits | Math.Min(position++, (1 << PositionBits) - 1);
        }
        while (_lengths.Count <= _unitEnds.Count * MaxFields + field) _lengths.Add(0);
        _lengths[_unitEnds.Count * MaxFields + field] += terms.Length;
    }

    // Groups the unit's tokens by term with a counting sort over the document's local term ids: tokens arrive in
    // field then position order and the scatter is stable, so each term's positions come out in stored order.
    private void EndUnit(int fields)
    {
        while (_lengths.Count < (_unitEnds.Count + 1) * MaxFields) _lengths.Add(0);
        if (_counts.Length < Tokens.Terms)
        {
            _counts = new int[Tokens.Terms];
            _next = new int[Tokens.Terms];
        }
        if (_sorted.Length < _keyCount) _sorted = new int[_keys.Length];
        var distinct = 0;
        for (var i = 0; i < _keyCount; i++)
        {
            var term = _keyTerms[i];
            if (_counts[term]++ == 0)
            {
                if (distinct == _distinct.Length) Array.Resize(ref _distinct, distinct * 2);
                _distinct[distinct++] = term;
            }
        }
        var slot = 0;
        for (var d = 0; d < distinct; d++)
        {
            _next[_distinct[d]] = slot;
            slot += _counts[_distinct[d]];
        }
        for (var i = 0; i < _keyCount; i++) _sorted[_next[_keyTerms[i]]++] = _keys[i];

        Span<int> tf = stackalloc int[MaxFields];
        var start = 0;
        for (var d = 0; d < distinct; d++)
        {
            var term = _distinct[d];
            var end = start + _counts[term];
            _counts[term] = 0;
            tf.Clear();
            var mask = 0;
            for (var k = start; k < end; k++)
            {
                var f = _sorted[k] >> PositionBits;
                tf[f]++;
                mask |= 1 << f;
            }
            EnsureRecord(5 * (fields + end - start));
            for (var f = 0; f < fields; f++) Write(tf[f]);
            var field = -1;
            var previous = 0;
            for (var k = start; k < end; k++)
            {
                var f = _sorted[k] >> PositionBits;
                if (f != field) (field, previous) = (f, 0);
                var position = _sorted[k] & ((1 << PositionBits) - 1);
                Write(position - previous);
                previous = position;
            }
            _terms[_records] = term;
            _masks[_records] = (byte)mask;
            _payloadEnds[_records++] = _payloadLength;
            start = end;
        }
        _unitEnds.Add(_records);
        _keyCount = 0;
    }

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

    private void Write(int value) => _payloadLength += VarInt.Write(_payload.AsSpan(_payloadLength), value);
}
