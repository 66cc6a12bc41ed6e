using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Querying;

/// <summary>
/// <c>explain=true</c>: for each full-text clause of the plan that a hit satisfies, its score and, per column, the
/// score from that column alone. Scores are per-field BM25 summed with the column weights, so the columns add
/// up to the clause (for units added since the build FTS5 scores the row as one bag of words, and they need not).
/// Facet clauses filter and add nothing.
/// </summary>
public sealed class ScoreExplainer(PlanExecutor executor, LevelSchema level, QueryPlan plan, SortOrder sort)
{
    public ScoreExplanation Explain(UnitMatch hit)
    {
        var parts = new List<ScorePart>();
        var filters = new List<string>();
        Collect(plan, hit, parts, filters, negated: false);
        var order = sort switch
        {
            SortOrder.Newest => "date desc, rowid",
            SortOrder.Oldest => "date asc, rowid",
            _ => "score desc, date desc, rowid",
        };
        return new ScoreExplanation(Math.Round(hit.Score, 4), order, parts, filters);
    }

    private void Collect(QueryPlan node, UnitMatch hit, List<ScorePart> parts, List<string> filters, bool negated)
    {
        switch (node)
        {
            case FtsPlan f when !negated && executor.ClauseScore(f, hit.Row) is { } score:
                parts.Add(new ScorePart(f.Expression, Math.Round(score, 4), Columns(f, hit.Row)));
                break;
            case DocumentFtsPlan d: filters.Add((negated ? "NOT " : "") + "document MATCH " + d.Expression); break;
            case PredicatePlan p: filters.Add((negated ? "NOT " : "") + p.Description); break;
            case NotPlan n: Collect(n.Clause, hit, parts, filters, !negated); break;
            case AndPlan a: foreach (var c in a.Clauses) Collect(c, hit, parts, filters, negated); break;
            case OrPlan o: foreach (var c in o.Clauses) Collect(c, hit, parts, filters, negated); break;
        }
    }

    private Dictionary<string, double> Columns(FtsPlan clause, long row)
    {
        var columns = new Dictionary<string, double>();
        for (var i = 0; i < level.Columns.Count; i++)
        {
            if (executor.ClauseScore(clause, row, i) is { } score && score != 0) columns[level.Columns[i].Column] = Math.Round(score, 4);
        }
        return columns;
    }
}
