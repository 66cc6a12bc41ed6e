using Microsoft.Data.Sqlite;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Planning;

/// <summary>A unit of a level that matches: its rowid, its document's rowid, its speaker ordinal (quotes) and score.</summary>
public readonly record struct UnitMatch(long Row, int Doc, int Speaker, double Score);

/// <summary>
/// Runs a plan: each MATCH once (rowid → BM25 score), then every candidate unit is tested against the tree
/// in memory. Candidates come from the MATCH results when the tree requires one, otherwise from every unit
/// of the level (pure filters, pure negations, OR of text and facets).
/// </summary>
public sealed class PlanExecutor(SqliteConnection connection, LevelSchema level, FacetSnapshot snapshot)
{
    private readonly Dictionary<string, Dictionary<long, double>> _matches = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _documentMatches = new(StringComparer.Ordinal);

    public IEnumerable<UnitMatch> Run(QueryPlan plan)
    {
        foreach (var row in Candidates(plan) ?? AllRows())
        {
            var (doc, speaker) = Unit(row);
            if (doc <= 0 || doc >= snapshot.DocLive.Length || !snapshot.DocLive[doc]) continue;
            if (Test(plan, row, doc, speaker, out var score)) yield return new UnitMatch(row, doc, speaker, score);
        }
    }

    /// <summary>The rowids a plan can only match among, or null when it may match any unit.</summary>
    private IEnumerable<long>? Candidates(QueryPlan plan) => plan switch
    {
        FtsPlan f => Match(f.Expression).Keys,
        NothingPlan => [],
        AndPlan a => a.Clauses.Select(Candidates).FirstOrDefault(c => c is not null),
        OrPlan o => o.Clauses.Select(Candidates).ToList() is var all && all.All(c => c is not null)
            ? all.SelectMany(c => c!).Distinct() : null,
        _ => null,
    };

    private bool Test(QueryPlan plan, long row, int doc, int speaker, out double score)
    {
        score = 0;
        switch (plan)
        {
            case FtsPlan f: return Match(f.Expression).TryGetValue(row, out score);
            case DocumentFtsPlan d: return DocumentMatch(d.Expression).Contains(doc);
            case PredicatePlan p: return p.Test(doc, speaker);
            case AllPlan: return true;
            case NothingPlan: return false;
            case NotPlan n: return !Test(n.Clause, row, doc, speaker, out _);
            case AndPlan a:
                foreach (var clause in a.Clauses)
                {
                    if (!Test(clause, row, doc, speaker, out var part)) return false;
                    score += part;
                }
                return true;
            case OrPlan o:
                var any = false;
                foreach (var clause in o.Clauses)
                {
                    if (!Test(clause, row, doc, speaker, out var part)) continue;
                    any = true;
                    score += part; // like a BooleanQuery of SHOULD clauses: every clause that matches adds
                }
                return any;
            default: throw new InvalidOperationException($"unknown plan {plan.GetType().Name}");
        }
    }

    private (int Doc, int Speaker) Unit(long row) => level.Level switch
    {
        SearchLevel.Paragraphs => (row < snapshot.ParagraphDoc.Length ? snapshot.ParagraphDoc[row] : 0, FacetValues.None),
        SearchLevel.Quotes => row < snapshot.QuoteDoc.Length ? (snapshot.QuoteDoc[row], snapshot.QuoteSpeaker[row]) : (0, FacetValues.None),
        _ => ((int)row, FacetValues.None),
    };

    private IEnumerable<long> AllRows()
    {
        var count = level.Level switch
        {
            SearchLevel.Paragraphs => snapshot.ParagraphDoc.Length,
            SearchLevel.Quotes => snapshot.QuoteDoc.Length,
            _ => snapshot.DocLive.Length,
        };
        for (long row = 1; row < count; row++) yield return row;
    }

    /// <summary>BM25 per matching rowid (higher is better: FTS5's bm25() is negated).</summary>
    public Dictionary<long, double> Match(string expression)
    {
        if (_matches.TryGetValue(expression, out var cached)) return cached;
        var scores = new Dictionary<long, double>();
        using var command = connection.Command(
            $"SELECT rowid, -bm25({level.Table}, {level.Weights}) FROM {level.Table} WHERE {level.Table} MATCH $q", ("$q", expression));
        using var reader = command.ExecuteReader();
        while (reader.Read()) scores[reader.GetInt64(0)] = reader.GetDouble(1);
        return _matches[expression] = scores;
    }

    /// <summary>BM25 of one unit under other column weights (for explanations; weights come from <see cref="LevelSchema"/>).</summary>
    public double Score(string expression, string weights, long row) =>
        connection.Scalar<double>($"SELECT -bm25({level.Table}, {weights}) FROM {level.Table} WHERE {level.Table} MATCH $q AND rowid = $r",
            ("$q", expression), ("$r", row));

    private HashSet<int> DocumentMatch(string expression)
    {
        if (_documentMatches.TryGetValue(expression, out var cached)) return cached;
        var docs = new HashSet<int>();
        using var command = connection.Command("SELECT rowid FROM doc_fts WHERE doc_fts MATCH $q", ("$q", expression));
        using var reader = command.ExecuteReader();
        while (reader.Read()) docs.Add(reader.GetInt32(0));
        return _documentMatches[expression] = docs;
    }
}
