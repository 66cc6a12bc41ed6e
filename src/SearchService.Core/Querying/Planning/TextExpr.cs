namespace SearchService.Core.Querying.Planning;

/// <summary>
/// The full-text part of a plan as a tree, so that both engines read the same thing: FTS5 gets it written as a
/// MATCH expression (<see cref="Fts5Text.Write"/>), our postings evaluate it directly. Semantics are FTS5's.
/// </summary>
public abstract record TextExpr;

/// <summary>One FTS5 string: its tokens must be consecutive in one column (a single word is a one-token phrase);
/// <paramref name="Column"/> restricts it to that column; <paramref name="Prefix"/> makes the last token a prefix.</summary>
public sealed record TextPhrase(string Text, string? Column, bool Prefix = false) : TextExpr;

public sealed record TextAnd(IReadOnlyList<TextExpr> Parts) : TextExpr;

public sealed record TextOr(IReadOnlyList<TextExpr> Parts) : TextExpr;

/// <summary>Units matching <paramref name="Positive"/> but not <paramref name="Negative"/> (FTS5's binary NOT).</summary>
public sealed record TextNot(TextExpr Positive, TextExpr Negative) : TextExpr;
