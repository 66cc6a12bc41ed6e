namespace SearchService.Core.Querying.Planning;

/// <summary>
/// How a query is evaluated on one level. Text-only subtrees become one FTS5 MATCH each (<see cref="FtsPlan"/>);
/// facet clauses are predicates over the in-memory facet snapshot; booleans combine them in C# over the
/// matching units. The common case — a top-level AND of words and field filters — is one MATCH plus predicates.
/// </summary>
public abstract record QueryPlan;

/// <summary>One MATCH on the level's FTS5 table; its BM25 score is the unit's score.</summary>
public sealed record FtsPlan(TextExpr Text) : QueryPlan
{
    public string Expression { get; } = Fts5Text.Write(Text);
}

/// <summary>A MATCH on the document table used as a filter on a finer level (<c>summary:</c> at paragraph level).</summary>
public sealed record DocumentFtsPlan(TextExpr Text) : QueryPlan
{
    public string Expression { get; } = Fts5Text.Write(Text);
}

/// <summary>A test of a unit's facet data (document rowid, quote speaker ordinal).</summary>
public sealed record PredicatePlan(string Description, Func<int, int, bool> Test) : QueryPlan;

public sealed record AndPlan(IReadOnlyList<QueryPlan> Clauses) : QueryPlan;

public sealed record OrPlan(IReadOnlyList<QueryPlan> Clauses) : QueryPlan;

public sealed record NotPlan(QueryPlan Clause) : QueryPlan;

/// <summary>Every unit of the level.</summary>
public sealed record AllPlan : QueryPlan
{
    public static readonly AllPlan Instance = new();
}

/// <summary>No unit (a fuzzy word with no near word in the index, an unknown facet value).</summary>
public sealed record NothingPlan : QueryPlan
{
    public static readonly NothingPlan Instance = new();
}
