namespace SearchService.Core.Querying.Suggesting;

/// <summary>One completion for <c>GET /api/suggest</c>; <see cref="Kind"/> is title, actor, nation, department or term.</summary>
public sealed record Suggestion(string Text, string Kind);

public sealed record SuggestResponse(IReadOnlyList<Suggestion> Suggestions);
