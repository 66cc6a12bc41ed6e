using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace SearchService.Core.Highlighting;

/// <summary>
/// What a query asks to be marked in the texts of some fields, read once per search: its words, its phrases (marked only
/// where the whole phrase occurs, within its slop), its prefixes and wildcards. Clauses under NOT, facet values and
/// dates are never marked.
/// </summary>
internal sealed class QueryMarks
{
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
    public List<(string[] Terms, int[] Positions, int Slop)> Phrases { get; } = [];
    public List<string> Prefixes { get; } = [];
    public List<CharacterRunAutomaton> Wildcards { get; } = [];

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Prefixes.Count == 0 && Wildcards.Count == 0;

    public static QueryMarks For(Query query, IReadOnlyCollection<string> fields)
    {
        var marks = new QueryMarks();
        marks.Collect(query, fields);
        return marks;
    }

    private void Collect(Query query, IReadOnlyCollection<string> fields)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Collect(clause.Query, fields);
                break;
            case TermQuery term when fields.Contains(term.Term.Field):
                Words.Add(term.Term.Text);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && fields.Contains(terms[0].Field):
                if (terms.Length == 1) Words.Add(terms[0].Text);
                else Phrases.Add((terms.Select(t => t.Text).ToArray(), phrase.GetPositions(), phrase.Slop));
                break;
            case MultiPhraseQuery multi:
                foreach (var term in multi.GetTermArrays().SelectMany(t => t))
                    if (fields.Contains(term.Field)) Words.Add(term.Text);
                break;
            case PrefixQuery prefix when fields.Contains(prefix.Prefix.Field):
                Prefixes.Add(prefix.Prefix.Text);
                break;
            case WildcardQuery wildcard when fields.Contains(wildcard.Term.Field):
                Wildcards.Add(new CharacterRunAutomaton(WildcardQuery.ToAutomaton(wildcard.Term)));
                break;
        }
    }

    /// <summary>Which of the text's words (analysed terms, in position order) are marked.</summary>
    public bool[] Mark(IReadOnlyList<string> terms)
    {
        var marked = new bool[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (Words.Contains(term) || Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)) || Wildcards.Any(w => w.Run(term)))
                marked[i] = true;
        }
        foreach (var (phrase, positions, slop) in Phrases) MarkPhrase(terms, phrase, positions, slop, marked);
        return marked;
    }

    // Exact phrases: every term at its offset from the first. Sloppy ones: every term within the phrase's span plus the
    // slop of an occurrence of the first term (a window, close to Lucene's edit-distance slop for the short phrases people type).
    private static void MarkPhrase(IReadOnlyList<string> terms, string[] phrase, int[] positions, int slop, bool[] marked)
    {
        var span = positions[^1] - positions[0];
        for (var i = 0; i < terms.Count; i++)
        {
            if (slop == 0)
            {
                if (i + span >= terms.Count) break;
                var all = true;
                for (var k = 0; k < phrase.Length && all; k++) all = terms[i + positions[k] - positions[0]] == phrase[k];
                if (!all) continue;
                for (var k = 0; k < phrase.Length; k++) marked[i + positions[k] - positions[0]] = true;
                continue;
            }
            if (terms[i] != phrase[0]) continue;
            int from = Math.Max(0, i - slop), to = Math.Min(terms.Count - 1, i + span + slop);
            var found = new int[phrase.Length];
            var complete = true;
            for (var k = 0; k < phrase.Length && complete; k++)
            {
                found[k] = -1;
                for (var j = from; j <= to && found[k] < 0; j++)
                    if (terms[j] == phrase[k]) found[k] = j;
                complete = found[k] >= 0;
            }
            if (complete) foreach (var j in found) marked[j] = true;
        }
    }
}
