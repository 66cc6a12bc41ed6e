using SearchService.Core.Documents;
using SearchService.Core.Postings;

namespace SearchService.Core.Analysis;

/// <summary>
/// The FTS5 tokens of every text of one document, made on a worker thread during a build so that the single
/// writer only has to map them to term ids. Texts are kept as segments in a fixed order: title, summary, each
/// paragraph, then each quote's text and speaker (<see cref="Paragraph"/>, <see cref="QuoteText"/>, ...).
/// </summary>
internal sealed class DocumentTokens : ITokenSink
{
    private byte[] _bytes = new byte[8192];
    private int _used;
    private int[] _ends = new int[1024];   // token i is _bytes[_ends[i - 1] .. _ends[i]]
    private int[] _hashes = new int[1024];
    private readonly List<int> _segmentEnds = []; // token index where each segment ends

    private DocumentTokens(int paragraphs) => Paragraphs = paragraphs;

    public int Paragraphs { get; }
    public int Count { get; private set; }

    public const int Title = 0, Summary = 1;
    public static int Paragraph(int i) => 2 + i;
    public int QuoteText(int i) => 2 + Paragraphs + 2 * i;
    public int QuoteSpeaker(int i) => 3 + Paragraphs + 2 * i;

    public static DocumentTokens Of(Document document)
    {
        var tokens = new DocumentTokens(document.Paragraphs.Count);
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

    /// <summary>Token indexes [start, end) of a segment.</summary>
    public (int Start, int End) Range(int segment) => (segment == 0 ? 0 : _segmentEnds[segment - 1], _segmentEnds[segment]);

    public ReadOnlySpan<byte> Token(int i) => _bytes.AsSpan(i == 0 ? 0 : _ends[i - 1], _ends[i] - (i == 0 ? 0 : _ends[i - 1]));

    public int Hash(int i) => _hashes[i];

    void ITokenSink.Token(ReadOnlySpan<byte> token, int start, int end)
    {
        if (_used + token.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + token.Length));
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }
        token.CopyTo(_bytes.AsSpan(_used));
        _used += token.Length;
        _ends[Count] = _used;
        _hashes[Count] = TermTable.HashOf(token);
        Count++;
    }

    private void Segment(Fts5Tokenizer tokenizer, string text)
    {
        tokenizer.Tokenize(text, this);
        _segmentEnds.Add(Count);
    }
}
