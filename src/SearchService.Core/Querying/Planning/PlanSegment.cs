using SearchService.Core.Postings;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// One segment's evaluation of a plan: each text clause's match set, computed once, and a forward cursor into
/// it. Candidates are visited in ascending rowid, so testing a unit against a set is a gallop, not a lookup.
/// </summary>
internal sealed class PlanSegment(QueryPlan plan, Func<FtsPlan, MatchSet> evaluate) : IDisposable
{
    // A mutable cursor per clause, so testing a candidate is one lookup (it runs per candidate unit).
    private readonly Dictionary<FtsPlan, Cursor> _sets = new(ReferenceEqualityComparer.Instance);

    private sealed class Cursor(MatchSet set)
    {
        public MatchSet Set { get; } = set;
        public int Position { get; set; }
    }

    public QueryPlan Plan => plan;

    public MatchSet Set(FtsPlan text)
    {
        return Open(text).Set;
    }

    private Cursor Open(FtsPlan text)
    {
        if (_sets.TryGetValue(text, out var known)) return known;
        var cursor = new Cursor(evaluate(text));
        _sets[text] = cursor;
        return cursor;
    }

    /// <summary>The rowids (ascending, within [from, to]) the plan can only match among.</summary>
    public IEnumerable<int> Candidates(QueryPlan node, int from, int to)
    {
        var required = Required(node);
        if (required is null)
        {
            for (var row = from; row <= to; row++) yield return row;
            yield break;
        }
        foreach (var row in required) if (row >= from && row <= to) yield return row;
    }

    private IEnumerable<int>? Required(QueryPlan node)
    {
        switch (node)
        {
            case FtsPlan f:
                var set = Set(f);
                return set.Rows.Take(set.Count);
            case NothingPlan:
                return [];
            case AndPlan a:
                IEnumerable<int>? best = null;
                var bestCount = int.MaxValue;
                foreach (var clause in a.Clauses)
                {
                    if (clause is not FtsPlan text) continue;
                    var s = Set(text);
                    if (s.Count < bestCount) (best, bestCount) = (s.Rows.Take(s.Count), s.Count);
                }
                return best ?? a.Clauses.Select(Required).FirstOrDefault(c => c is not null);
            case OrPlan o:
                var all = o.Clauses.Select(Required).ToList();
                return all.All(c => c is not null) ? all.SelectMany(c => c!).Distinct().Order() : null;
            default:
                return null;
        }
    }

    public bool Test(QueryPlan node, int row, int doc, int speaker, PlanExecutor executor, out double score)
    {
        score = 0;
        switch (node)
        {
            case FtsPlan f:
                var open = Open(f);
                var set = open.Set;
                var at = open.Position = MatchSetOps.Advance(set.Rows, open.Position, set.Count, row);
                if (at >= set.Count || set.Rows[at] != row) return false;
                score = set.Scores[at];
                return true;
            case DocumentFtsPlan d: return executor.DocumentMatch(d).Contains(doc);
            case PredicatePlan p: return p.Test(doc, speaker);
            case AllPlan: return true;
            case NothingPlan: return false;
            case NotPlan n: return !Test(n.Clause, row, doc, speaker, executor, out _);
            case AndPlan a:
                // Indexed loops: foreach over the IReadOnlyList would allocate an enumerator per candidate.
                for (var i = 0; i < a.Clauses.Count; i++)
                {
                    if (!Test(a.Clauses[i], row, doc, speaker, executor, out var part)) return false;
                    score += part;
                }
                return true;
            case OrPlan o:
                var any = false;
                for (var i = 0; i < o.Clauses.Count; i++)
                {
                    if (!Test(o.Clauses[i], row, doc, speaker, executor, out var part)) continue;
                    any = true;
                    score += part; // like a BooleanQuery of SHOULD clauses: every clause that matches adds
                }
                return any;
            default: throw new InvalidOperationException($"unknown plan {node.GetType().Name}");
        }
    }

    public void Dispose()
    {
        foreach (var cursor in _sets.Values) cursor.Set.Dispose();
    }
}
