using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;

namespace SearchService.Core.Highlighting;

/// <summary>
/// The highlighter's scorer: reads a text's tokens once, decides with <see cref="QueryMarks"/> which to mark (a phrase
/// needs the words after the current one), and replays the tokens to the highlighter, scoring the marked ones 1.
/// Lucene's QueryScorer does the same with a CachingTokenFilter and an in-memory index of each text, which cost more
/// than the rest of a search; this keeps Lucene's highlighter, formatter and encoder and replaces only the scorer.
/// Reused for every text of one search (not thread-safe).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The highlighter disposes the replay (and the analyzer's stream under it) after each text.")]
internal sealed class MarkScorer(QueryMarks marks) : IScorer
{
    private TokenReplay? _replay;
    private bool[] _marked = [];
    private bool _any;

    // The highlighter has reset the analyzer's stream and reads offsets from its attributes: the replay is a filter over
    // that stream, sharing its attributes, which it sets again token by token.
    public TokenStream Init(TokenStream tokenStream)
    {
        _replay = new TokenReplay(tokenStream);
        _marked = marks.Mark(_replay.Terms);
        _any = _marked.Contains(true);
        return _replay;
    }

    public void StartFragment(TextFragment newFragment) { }

    public float GetTokenScore() => _replay is { Current: var i } && i >= 0 && i < _marked.Length && _marked[i] ? 1 : 0;

    public float FragmentScore => _any ? 1 : 0;

    /// <summary>The tokens of one text, read from the analyzer at once and handed out again in order.</summary>
    private sealed class TokenReplay : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly List<string> _terms = [];
        private readonly List<(int Start, int End)> _offsets = [];

        public TokenReplay(TokenStream source) : base(source)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            while (m_input.IncrementToken())
            {
                _terms.Add(_term.ToString());
                _offsets.Add((_offset.StartOffset, _offset.EndOffset));
            }
        }

        public IReadOnlyList<string> Terms => _terms;

        public int Current { get; private set; } = -1;

        public override bool IncrementToken()
        {
            if (Current + 1 >= _terms.Count) return false;
            Current++;
            ClearAttributes();
            _term.SetEmpty().Append(_terms[Current]);
            _offset.SetOffset(_offsets[Current].Start, _offsets[Current].End);
            return true;
        }
    }
}
