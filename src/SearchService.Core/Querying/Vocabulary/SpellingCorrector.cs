using SearchService.Core.Indexing;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying.Vocabulary;

/// <summary>
/// "Did you mean": the query with each word the index does not know replaced by the nearest known word
/// (fewest edits, then most documents), written back as query text. Only plain words are corrected; phrases,
/// prefixes, fuzzy words and facet values are left as the user wrote them.
/// </summary>
public static class SpellingCorrector
{
    public static string? Suggest(QueryNode query, Lexicon lexicon)
    {
        var changed = false;
        var corrected = Rewrite(query, lexicon, ref changed);
        return changed ? QueryTextWriter.Write(corrected) : null;
    }

    private static QueryNode Rewrite(QueryNode node, Lexicon lexicon, ref bool changed)
    {
        switch (node)
        {
            case TermQuery term:
                var folded = SurfaceWords.Fold(term.Text);
                if (folded.Length < 3 || !folded.All(char.IsLetter) || lexicon.Frequency(folded) > 0) return node;
                var best = lexicon.Near(folded, folded.Length < 5 ? 1 : 2, 1);
                if (best.Count == 0) return node;
                changed = true;
                return term with { Text = MatchCase(term.Text, best[0].Word) };
            case AndQuery and:
                var andClauses = new List<QueryNode>();
                foreach (var clause in and.Clauses) andClauses.Add(Rewrite(clause, lexicon, ref changed));
                return new AndQuery(andClauses);
            case OrQuery or:
                var orClauses = new List<QueryNode>();
                foreach (var clause in or.Clauses) orClauses.Add(Rewrite(clause, lexicon, ref changed));
                return new OrQuery(orClauses);
            case NotQuery not:
                return new NotQuery(Rewrite(not.Clause, lexicon, ref changed));
            default:
                return node;
        }
    }

    // "Lecronu" → "Lecornu", "ceasfire" → "ceasefire": the suggestion keeps the user's capitalisation.
    private static string MatchCase(string original, string word) =>
        original.Length > 0 && char.IsUpper(original[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
}
