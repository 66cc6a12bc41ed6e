using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace SearchService.Api.Endpoints;

/// <summary>
/// What a followed or exported search is: the query, the level and the filters of <c>GET /api/search</c>, under the same
/// names, parsed and refused (400 naming the parameter) by <see cref="SearchParameters"/>. Paging, facets and explain
/// belong to a page of results, not to a feed or a file, and are not bound: a search URL with them still works.
/// </summary>
public sealed record SearchFilters
{
    [Description("The query; empty means all. Words AND, \"phrases\", prefix*, OR, NOT/-, (...), fields.")]
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    [Description("documents (default) | paragraphs | quotes")]
    [DefaultValue("documents")]
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    [Description("Department filter; repeat to match any of several.")]
    [FromQuery(Name = "department")]
    public string[]? Department { get; init; }

    [Description("Actor filter; repeat to match any of several.")]
    [FromQuery(Name = "actor")]
    public string[]? Actor { get; init; }

    [Description("Nation filter; repeat to match any of several.")]
    [FromQuery(Name = "nation")]
    public string[]? Nation { get; init; }

    [Description("Speaker filter (quotes); repeat to match any of several.")]
    [FromQuery(Name = "speaker")]
    public string[]? Speaker { get; init; }

    [Description("Earliest date, YYYY-MM-DD, inclusive.")]
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    [Description("Latest date, YYYY-MM-DD, inclusive.")]
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    [Description("paragraphs: true for the best paragraph per document.")]
    [FromQuery(Name = "collapse")]
    public string? Collapse { get; init; }

    [Description("Snippet length in words, 5-200.")]
    [DefaultValue("30")]
    [FromQuery(Name = "snippetWords")]
    public string? SnippetWords { get; init; }

    /// <summary>The search's own parameters, so that parsing and its 400s are the search's.</summary>
    public SearchParameters ToSearchParameters(string? sort = null) => new()
    {
        Q = Q, Type = Type, Department = Department, Actor = Actor, Nation = Nation, Speaker = Speaker,
        From = From, To = To, Collapse = Collapse, SnippetWords = SnippetWords, Sort = sort,
    };

    /// <summary>The search URL's query string for these filters, in a fixed order (feed links, the widget's hash).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Pairs()
    {
        if (!string.IsNullOrEmpty(Q)) yield return new("q", Q);
        if (!string.IsNullOrEmpty(Type) && Type != "documents") yield return new("type", Type);
        foreach (var (name, values) in new[] { ("department", Department), ("actor", Actor), ("nation", Nation), ("speaker", Speaker) })
            foreach (var value in values ?? [])
                if (!string.IsNullOrWhiteSpace(value)) yield return new(name, value.Trim());
        if (!string.IsNullOrEmpty(From)) yield return new("from", From);
        if (!string.IsNullOrEmpty(To)) yield return new("to", To);
        if (!string.IsNullOrEmpty(Collapse)) yield return new("collapse", Collapse);
    }
}
