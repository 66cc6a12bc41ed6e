using SearchService.Core.Indexing;
using SearchService.Core.Postings;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Planning;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Postings;

/// <summary>Runs one query tree on our postings (with the FTS5 live segment) and on the index's <see cref="Fts5Twin"/>, where FTS5 alone answers: the oracle.</summary>
internal static class PostingsOracle
{
    public static (List<UnitMatch> Postings, List<UnitMatch> Fts5) Run(SearchIndex index, QueryNode query, SearchLevel level)
    {
        using var connection = index.OpenReader();
        using var transaction = connection.BeginTransaction(deferred: true);
        var snapshot = index.Snapshot(connection);
        var schema = LevelSchema.For(level);
        var plan = new QueryPlanner(schema, snapshot, ReaderCache.Lexicon(index, connection)).Plan(query);
        Assert.NotNull(PostingsIndex.For(index).Level(connection, schema));
        Assert.True(PostingsIndex.Boundary(connection, level) > 0, "the postings should cover the build");
        var ours = new PlanExecutor(connection, schema, snapshot, index).Run(plan).ToList();

        var twin = Fts5Twin.Of(index);
        using var twinConnection = twin.OpenReader();
        using var twinTransaction = twinConnection.BeginTransaction(deferred: true);
        var twinSnapshot = twin.Snapshot(twinConnection);
        var twinPlan = new QueryPlanner(schema, twinSnapshot, ReaderCache.Lexicon(twin, twinConnection)).Plan(query);
        var oracle = new PlanExecutor(twinConnection, schema, twinSnapshot, twin).Run(twinPlan).ToList();
        return (ours, oracle);
    }

    public static void AssertSameHits(SearchIndex index, QueryNode query, SearchLevel level)
    {
        var (ours, oracle) = Run(index, query, level);
        var expected = oracle.Select(m => m.Row).ToList();
        var actual = ours.Select(m => m.Row).ToList();
        if (!expected.SequenceEqual(actual))
        {
            var missing = expected.Except(actual).Take(5);
            var extra = actual.Except(expected).Take(5);
            Assert.Fail($"{level} {QueryTextWriter.Write(query)}: FTS5 {expected.Count} hits, postings {actual.Count}; missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}]");
        }
    }
}
