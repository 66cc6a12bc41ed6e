using SearchService.Core.Documents;
using SearchService.Core.Postings;

namespace SearchService.Core.Analysis;

/// <summary>
/// The FTS5 tokens of every text of one document, made on a worker thread during a build: the document's
/// distinct terms (its local vocabulary, so the build's single writer looks each up once, not once per
/// occurrence) and, per text, the local term id of each token in position order. Texts are segments in a fixed
/// order: title, summary, each paragraph, then each quote's text and speaker.
/// </summary>
internal sealed class DocumentTokens : ITokenSink
{
    private byte[] _bytes = new byte[4096];
    private int[] _ends = new int[256];     // local term i is _bytes[_ends[i - 1] .. _ends[i]]
    private int[] _hashes = new int[256];
    private int[] _slots = new int[512];    // open addressing: 0 empty, else local id + 1
    private int[] _tokens = new int[1024];  // local term id of each token, all segments in order
    private readonly List<int> _segmentEnds = [];

    private DocumentTokens(int paragraphs, int quotes)
    {
        Paragraphs = paragraphs;
        Quotes = quotes;
    }

    public int Paragraphs { get; }
    public int Quotes { get; }
    /// <summary>Distinct terms of the document.</summary>
    public int Terms { get; private set; }
    /// <summary>Tokens of all its texts.</summary>
    public int Count { get; private set; }

    public const int Title = 0, Summary = 1;
    public static int Paragraph(int i) => 2 + i;
    public int QuoteText(int i) => 2 + Paragraphs + 2 * i;
    public int QuoteSpeaker(int i) => 3 + Paragraphs + 2 * i;

    public static DocumentTokens Of(Document document)
    {
        var tokens = new DocumentTokens(document.Paragraphs.Count, document.Quotes.Count);
        using var lease = Fts5Tokenizer.Rent();
        var tokenizer = lease.Tokenizer;
        tokens.Segment(tokenizer, document.Title);
        tokens.Segment(tokenizer, document.Summary ?? "");
        foreach (var paragraph in document.Paragraphs) tokens.Segment(tokenizer, paragraph.Text);
        foreach (var quote in document.Quotes)
        {
            tokens.Segment(tokenizer, quote.Text);
            tokens.Segment(tokenizer, quote.Speaker ?? "");
        }
        return tokens;
    }

    /// <summary>The local term ids of a segment's tokens, in position order.</summary>
    public ReadOnlySpan<int> Segment(int segment)
    {
        var start = segment == 0 ? 0 : _segmentEnds[segment - 1];
        return _tokens.AsSpan(start, _segmentEnds[segment] - start);
    }

    public ReadOnlySpan<byte> Term(int local) => _bytes.AsSpan(local == 0 ? 0 : _ends[local - 1], _ends[local] - (local == 0 ? 0 : _ends[local - 1]));

    public int Hash(int local) => _hashes[local];

    void ITokenSink.Token(ReadOnlySpan<byte> token, int start, int end)
    {
        if (Count == _tokens.Length) Array.Resize(ref _tokens, Count * 2);
        _tokens[Count++] = Local(token);
    }

    private int Local(ReadOnlySpan<byte> token)
    {
        var hash = TermTable.HashOf(token);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (_hashes[id] == hash && Term(id).SequenceEqual(token)) return id;
            slot = (slot + 1) & mask;
        }
        var local = Terms++;
        if (local == _ends.Length)
        {
            Array.Resize(ref _ends, local * 2);
            Array.Resize(ref _hashes, local * 2);
        }
        var used = local == 0 ? 0 : _ends[local - 1];
        if (used + token.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, used + token.Length));
        token.CopyTo(_bytes.AsSpan(used));
        _ends[local] = used + token.Length;
        _hashes[local] = hash;
        _slots[slot] = local + 1;
        if (Terms * 2 > _slots.Length) Rehash();
        return local;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Terms; id++)
        {
            var slot = _hashes[id] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }

    private void Segment(Fts5Tokenizer tokenizer, string text)
    {
        tokenizer.Tokenize(text, this);
        _segmentEnds.Add(Count);
    }
}
