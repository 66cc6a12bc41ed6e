using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchService.Core.Analysis;

/// <summary>
/// The tokens of one text as the index's analyzer makes them, kept so that they can be indexed more than once: a
/// paragraph's words go into its paragraph record and into its document's body, and the title into every paragraph
/// record of the document. Analysing each text once instead of up to eleven times is a sixth of a build's indexing work.
/// </summary>
public sealed class AnalyzedText
{
    private char[] _chars = new char[256];
    private int _length;
    private readonly List<(int Start, int Length, int StartOffset, int EndOffset)> _tokens = [];

    public int Count => _tokens.Count;

    /// <summary>The length of the text analysed, for the offsets of what follows it.</summary>
    public int TextLength { get; private set; }

    public static AnalyzedText Of(string text)
    {
        var analyzed = new AnalyzedText { TextLength = text.Length };
        var stream = PressAnalyzer.Stemming.GetTokenStream("", text);
        try
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) analyzed.Add(term.Buffer, term.Length, offset.StartOffset, offset.EndOffset);
            stream.End();
        }
        finally
        {
            stream.Dispose();
        }
        return analyzed;
    }

    private void Add(char[] buffer, int length, int startOffset, int endOffset)
    {
        if (_length + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + length));
        Array.Copy(buffer, 0, _chars, _length, length);
        _tokens.Add((_length, length, startOffset, endOffset));
        _length += length;
    }

    internal void Write(int token, ICharTermAttribute term, IOffsetAttribute offset, int shift)
    {
        var (start, length, startOffset, endOffset) = _tokens[token];
        term.CopyBuffer(_chars, start, length);
        offset.SetOffset(startOffset + shift, endOffset + shift);
    }
}

/// <summary>Hands one or more analysed texts to the indexer as one field's tokens, in order, as if the texts had been
/// joined with a line break (the document body). Reusable: <see cref="Set"/> starts it over.</summary>
public sealed class AnalyzedTokens : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private IReadOnlyList<AnalyzedText> _texts = [];
    private int _text, _token, _shift, _end;

    public AnalyzedTokens()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public AnalyzedTokens Set(IReadOnlyList<AnalyzedText> texts)
    {
        _texts = texts;
        return this;
    }

    public override void Reset()
    {
        base.Reset();
        (_text, _token, _shift, _end) = (0, 0, 0, 0);
    }

    public override bool IncrementToken()
    {
        while (_text < _texts.Count && _token >= _texts[_text].Count)
        {
            _shift += _texts[_text].TextLength + 1;
            (_text, _token) = (_text + 1, 0);
        }
        if (_text >= _texts.Count) return false;
        ClearAttributes();
        _texts[_text].Write(_token++, _term, _offset, _shift);
        _position.PositionIncrement = 1;
        _end = _offset.EndOffset;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = Math.Max(_end, _shift + (_texts.Count > 0 && _text < _texts.Count ? _texts[_text].TextLength : 0));
        _offset.SetOffset(final, final);
    }
}
