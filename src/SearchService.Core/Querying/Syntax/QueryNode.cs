namespace SearchService.Core.Querying.Syntax;

/// <summary>Where a clause applies: one of the text columns, or a facet field evaluated on facet data.</summary>
public enum QueryField { Any, Title, Summary, Body, Actor, Nation, Department, Speaker, Date }

/// <summary>A parsed query: the syntax tree <see cref="QueryParser"/> builds and the writers read.</summary>
public abstract record QueryNode;

/// <summary>One word (stemmed, accent-folded by the index's analyzer) in a text field, or in all of them.</summary>
public sealed record TermQuery(QueryField Field, string Text) : QueryNode;

/// <summary>Words that must appear next to each other, in order.</summary>
public sealed record PhraseQuery(QueryField Field, string Text) : QueryNode;

/// <summary>Words starting with <see cref="Text"/> (<c>peace*</c>).</summary>
public sealed record PrefixQuery(QueryField Field, string Text) : QueryNode;

/// <summary>Words within <see cref="MaxEdits"/> edits of <see cref="Text"/> (<c>word~</c>, <c>word~1</c>), expanded against the index's vocabulary.</summary>
public sealed record FuzzyQuery(QueryField Field, string Text, int MaxEdits) : QueryNode;

/// <summary>A facet value: <c>actor:"John Healey"</c>, <c>nation:France</c>, <c>department:...</c>, <c>speaker:...</c>.</summary>
public sealed record FacetQuery(QueryField Field, string Value) : QueryNode;

/// <summary>Publication dates in [From, To], both inclusive; null is open-ended.</summary>
public sealed record DateRangeQuery(DateOnly? From, DateOnly? To) : QueryNode;

/// <summary>A unit matching none of <see cref="Clause"/> (<c>NOT x</c>, <c>-x</c>).</summary>
public sealed record NotQuery(QueryNode Clause) : QueryNode;

/// <summary>All clauses must match. Compared by content, so trees can be compared in round-trip tests.</summary>
public sealed record AndQuery(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public bool Equals(AndQuery? other) => other is not null && Clauses.SequenceEqual(other.Clauses);
    public override int GetHashCode() => Clauses.Aggregate(17, (h, c) => h * 31 + c.GetHashCode());
}

/// <summary>At least one clause must match.</summary>
public sealed record OrQuery(IReadOnlyList<QueryNode> Clauses) : QueryNode
{
    public bool Equals(OrQuery? other) => other is not null && Clauses.SequenceEqual(other.Clauses);
    public override int GetHashCode() => Clauses.Aggregate(19, (h, c) => h * 31 + c.GetHashCode());
}

/// <summary>The empty query: every unit matches (an empty <c>q</c> lists everything).</summary>
public sealed record MatchAllQuery : QueryNode
{
    public static readonly MatchAllQuery Instance = new();
}
