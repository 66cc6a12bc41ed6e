using SearchService.Core.Indexing;
using SearchService.Core.Facets;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Querying.Vocabulary;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// Turns a syntax tree into a <see cref="QueryPlan"/> for one level. Clauses whose text has no token ("-",
/// "🙂") are dropped, as an analyzer drops them in Lucene; fuzzy words are expanded against the index's own
/// vocabulary into an OR of real words.
/// </summary>
public sealed class QueryPlanner(LevelSchema level, FacetSnapshot snapshot, Lexicon lexicon)
{
    /// <summary>Lucene's FuzzyQuery default maxExpansions.</summary>
    public const int MaxExpansions = 50;

    private readonly FacetPredicates _facets = new(snapshot, level.Level == SearchLevel.Quotes);

    public QueryPlan Plan(QueryNode query) => Node(query) ?? AllPlan.Instance;

    /// <summary>The words of a fuzzy clause as the index knows them.</summary>
    public IReadOnlyList<string> Expand(FuzzyQuery fuzzy) => lexicon.Near(fuzzy.Text, fuzzy.MaxEdits, MaxExpansions).Select(n => n.Word).ToList();

    /// <summary>An FTS5 expression matching any positive text clause (not under NOT), for the highlighter; null when there is none.</summary>
    public string? HighlightExpression(QueryNode query)
    {
        var parts = new List<string>();
        CollectPositive(query, parts);
        return parts.Count == 0 ? null : string.Join(" OR ", parts.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The positive text clauses (not under NOT) as phrases, fuzzy words expanded: what a snippet should show.</summary>
    public IReadOnlyList<TextPhrase> HighlightPhrases(QueryNode query)
    {
        var phrases = new List<TextPhrase>();
        Flatten(query, phrases);
        return phrases;
    }

    private void Flatten(QueryNode node, List<TextPhrase> phrases)
    {
        switch (node)
        {
            case AndQuery a: foreach (var c in a.Clauses) Flatten(c, phrases); break;
            case OrQuery o: foreach (var c in o.Clauses) Flatten(c, phrases); break;
            case NotQuery: break;
            default:
                var tree = TextTree(node, _ => null);
                if (tree is TextPhrase p) phrases.Add(p);
                else if (tree is TextOr or) phrases.AddRange(or.Parts.OfType<TextPhrase>());
                break;
        }
    }

    private void CollectPositive(QueryNode node, List<string> parts)
    {
        switch (node)
        {
            case AndQuery a: foreach (var c in a.Clauses) CollectPositive(c, parts); break;
            case OrQuery o: foreach (var c in o.Clauses) CollectPositive(c, parts); break;
            case NotQuery: break;
            default:
                // The highlighter's scratch table has a single "body" for all running text; titles are shown separately.
                if (TextExpression(node, f => f switch { QueryField.Title => "title", QueryField.Any => null, _ => "body" }) is { } e) parts.Add(e);
                break;
        }
    }

    private QueryPlan? Node(QueryNode node) => node switch
    {
        MatchAllQuery => AllPlan.Instance,
        FacetQuery f => _facets.Facet(f),
        DateRangeQuery d => _facets.Date(d),
        NotQuery n => Node(n.Clause) switch
        {
            null => null,
            NothingPlan => AllPlan.Instance,
            AllPlan => NothingPlan.Instance,
            var inner => new NotPlan(inner),
        },
        AndQuery a => And(a.Clauses.Select(Node).OfType<QueryPlan>().ToList()),
        OrQuery o => Or(o.Clauses.Select(Node).OfType<QueryPlan>().ToList()),
        _ => Text(node),
    };

    private QueryPlan? Text(QueryNode node)
    {
        var field = node switch { TermQuery t => t.Field, PhraseQuery p => p.Field, PrefixQuery p => p.Field, FuzzyQuery f => f.Field, _ => QueryField.Any };
        if (level.Has(field))
        {
            var tree = TextTree(node, f => f == QueryField.Any ? null : QueryFields.Name(f));
            return tree is null ? Dropped(node) : new FtsPlan(tree);
        }
        // A column this level lacks (summary: on paragraphs, title: on quotes) is asked of the unit's document.
        var documentTree = TextTree(node, f => QueryFields.Name(f));
        return documentTree is null ? Dropped(node) : new DocumentFtsPlan(documentTree);
    }

    // A fuzzy word with no near word matches nothing; any other clause without a token is no constraint at all.
    private static QueryPlan? Dropped(QueryNode node) => node is FuzzyQuery ? NothingPlan.Instance : null;

    private string? TextExpression(QueryNode node, Func<QueryField, string?> column) =>
        TextTree(node, column) is { } tree ? Fts5Text.Write(tree) : null;

    private TextExpr? TextTree(QueryNode node, Func<QueryField, string?> column) => node switch
    {
        TermQuery t => Phrase(t.Text, column(t.Field), prefix: false),
        PhraseQuery p => Phrase(p.Text, column(p.Field), prefix: false),
        PrefixQuery p => Phrase(p.Text, column(p.Field), prefix: true),
        FuzzyQuery f => Expand(f).Select(w => Phrase(w, column(f.Field), prefix: false)).OfType<TextExpr>().ToList() switch
        {
            { Count: 0 } => null,
            [var single] => single,
            var words => new TextOr(words),
        },
        _ => null,
    };

    private static TextPhrase? Phrase(string text, string? column, bool prefix) =>
        SurfaceWords.HasToken(text) ? new TextPhrase(text, column, prefix) : null;

    private static QueryPlan? And(List<QueryPlan> clauses)
    {
        if (clauses.Any(c => c is NothingPlan)) return NothingPlan.Instance;
        clauses.RemoveAll(c => c is AllPlan);
        // Merge the text clauses into one MATCH: positives ANDed, then each negated text clause as FTS5's NOT.
        var positives = clauses.OfType<FtsPlan>().Select(f => f.Text).ToList();
        var merged = new List<QueryPlan>();
        if (positives.Count > 0)
        {
            TextExpr expression = positives.Count == 1 ? positives[0] : new TextAnd(positives);
            foreach (var negative in clauses.OfType<NotPlan>().Select(n => n.Clause).OfType<FtsPlan>())
                expression = new TextNot(expression, negative.Text);
            merged.Add(new FtsPlan(expression));
            merged.AddRange(clauses.Where(c => c is not FtsPlan && !(c is NotPlan { Clause: FtsPlan })));
        }
        else
        {
            merged.AddRange(clauses);
        }
        return merged.Count switch { 0 => null, 1 => merged[0], _ => new AndPlan(merged) };
    }

    private static QueryPlan? Or(List<QueryPlan> clauses)
    {
        if (clauses.Any(c => c is AllPlan)) return AllPlan.Instance;
        var hadClauses = clauses.Count > 0;
        clauses.RemoveAll(c => c is NothingPlan);
        if (clauses.Count == 0) return hadClauses ? NothingPlan.Instance : null;
        if (clauses.Count == 1) return clauses[0];
        if (clauses.All(c => c is FtsPlan)) return new FtsPlan(new TextOr(clauses.Cast<FtsPlan>().Select(f => f.Text).ToList()));
        return new OrPlan(clauses);
    }
}
