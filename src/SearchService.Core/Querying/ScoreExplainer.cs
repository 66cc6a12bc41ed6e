using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying;

/// <summary>
/// <c>explain=true</c>, summarised from Lucene's <see cref="Explanation"/>: the query's top-level clauses that score
/// (words, phrases, prefixes, fuzzy words, across the level's fields), each with its BM25 score and each field's share
/// of it; clauses that only select (facet values, dates, "everything") and the request's filters are listed apart.
/// BM25 per field is summed without coordination, so a part's fields add up to the part and the parts to the score.
/// </summary>
internal sealed class ScoreExplainer(IndexSearcher searcher, Query query, SearchRequest request)
{
    private readonly LevelFields _level = LevelFields.For(request.Level);
    private readonly List<Query> _parts = Parts(query).ToList();

    public ScoreExplanation Explain(UnitHit hit)
    {
        var parts = new List<ScorePart>();
        foreach (var part in _parts)
        {
            var explanation = searcher.Explain(part, hit.Doc);
            if (!explanation.IsMatch || explanation.Value <= 0) continue;
            var columns = _level.Fields.ToDictionary(f => f.Name, f => Round(Leaves(part, 1f).Where(l => Field(l.Query) == f.Field)
                .Sum(l => (double)searcher.Explain(Boosted(l.Query, l.Boost), hit.Doc).Value)));
            parts.Add(new ScorePart(part.ToString(), Round(explanation.Value), columns));
        }
        var sort = request.Sort switch { SortOrder.Newest => "newest", SortOrder.Oldest => "oldest", _ => "relevance" };
        return new ScoreExplanation(Math.Round(hit.Score, 4), sort, parts, Filters());
    }

    private List<string> Filters()
    {
        var filters = _selecting.Select(q => q.ToString()).ToList();
        filters.AddRange(request.Departments.Select(d => $"department={d}"));
        filters.AddRange(request.Actors.Select(a => $"actor={a}"));
        filters.AddRange(request.Nations.Select(n => $"nation={n}"));
        filters.AddRange(request.Speakers.Select(s => $"speaker={s}"));
        if (request.From is { } from) filters.Add($"from={from:yyyy-MM-dd}");
        if (request.To is { } to) filters.Add($"to={to:yyyy-MM-dd}");
        return filters;
    }

    private readonly List<Query> _selecting = Parts(query, selecting: true).ToList();

    // Top-level clauses: those of the root conjunction or disjunction, or the root itself. Selecting ones score 0 by
    // construction (boost 0) and are listed as filters; negative ones take no part in the score.
    private static IEnumerable<Query> Parts(Query root, bool selecting = false)
    {
        var clauses = root is BooleanQuery boolean and not Syntax.FieldsQuery && boolean.Boost == 1f
            ? boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).Select(c => c.Query)
            : [root];
        return clauses.Where(c => (c.Boost == 0) == selecting);
    }

    private static IEnumerable<(Query Query, float Boost)> Leaves(Query query, float boost)
    {
        if (query is BooleanQuery boolean)
        {
            foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                foreach (var leaf in Leaves(clause.Query, boost * boolean.Boost)) yield return leaf;
        }
        else if (query.Boost != 0)
        {
            yield return (query, boost);
        }
    }

    private static string? Field(Query query) => query switch
    {
        TermQuery t => t.Term.Field,
        PhraseQuery p => p.GetTerms().FirstOrDefault()?.Field,
        MultiPhraseQuery m => m.GetTermArrays().FirstOrDefault()?.FirstOrDefault()?.Field,
        MultiTermQuery m => m.Field,
        _ => null,
    };

    private static Query Boosted(Query leaf, float boost)
    {
        if (boost == 1f) return leaf;
        var copy = (Query)leaf.Clone();
        copy.Boost *= boost;
        return copy;
    }

    private static double Round(double value) => Math.Round(value, 4);
}
