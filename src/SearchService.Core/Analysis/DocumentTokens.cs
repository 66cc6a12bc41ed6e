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
    private readonly TermTable _terms = new(256);
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
    public int Terms => _terms.Count;
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

    public ReadOnlySpan<byte> Term(int local) => _terms.Term(local);

    public int Hash(int local) => _terms.Hash(local);

    void ITokenSink.Token(ReadOnlySpan<byte> token, int start, int end)
    {
        if (Count == _tokens.Length) Array.Resize(ref _tokens, Count * 2);
        _tokens[Count++] = _terms.GetOrAdd(token, TermTable.HashOf(token));
    }

    private void Segment(Fts5Tokenizer tokenizer, string text)
    {
        tokenizer.Tokenize(text, this);
        _segmentEnds.Add(Count);
    }
}
