using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// The query string of <c>GET /api/search</c>. Numbers and dates bind as text and are parsed here, so a bad
/// value answers a 400 that names the parameter instead of a bare binding failure; the OpenAPI document still
/// types them as what they mean (OpenApi/ParameterSchemas.cs). An empty value means the parameter's default, for
/// every parameter alike (<c>type=</c> as <c>page=</c>).
/// </summary>
public sealed record SearchParameters
{
    public const int MaxQueryLength = 1000;

    public const int MaxResultWindow = 10_000;

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

    [Description("relevance (default) | newest | oldest")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [Description("Page number, from 1.")]
    [DefaultValue("1")]
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [Description("Hits per page, 1-100.")]
    [DefaultValue("10")]
    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; init; }

    [Description("Facet dimensions to count, comma-separated: department, actor, nation, date, speaker. Default: all but speaker (all for quotes).")]
    [FromQuery(Name = "facets")]
    public string? Facets { get; init; }

    [Description("Values per facet dimension, 1-1000.")]
    [DefaultValue("10")]
    [FromQuery(Name = "facetLimit")]
    public string? FacetLimit { get; init; }

    [Description("month (default, values YYYY-MM) | year (values YYYY): the buckets of the date facet.")]
    [DefaultValue("month")]
    [FromQuery(Name = "dateInterval")]
    public string? DateInterval { get; init; }

    [Description("paragraphs: true for the best paragraph per document, with otherMatches.")]
    [FromQuery(Name = "collapse")]
    public string? Collapse { get; init; }

    [Description("Search-after token: the nextCursor of the previous answer (page is then ignored).")]
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    [Description("Snippet length in words, 5-200.")]
    [DefaultValue("30")]
    [FromQuery(Name = "snippetWords")]
    public string? SnippetWords { get; init; }

    [Description("true adds each hit's score parts (explanation).")]
    [FromQuery(Name = "explain")]
    public string? Explain { get; init; }

    private static readonly string[] Dimensions = ["department", "actor", "nation", "date", "speaker"];

    /// <summary>Turns the parameters into a request, or collects one message per bad parameter.</summary>
    public SearchRequest? ToRequest(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var query = Q ?? "";
        if (query.Length > MaxQueryLength) errors["q"] = [$"q is {query.Length} characters; the limit is {MaxQueryLength}."];
        var level = (string.IsNullOrEmpty(Type) ? "documents" : Type) switch
        {
            "documents" => SearchLevel.Documents,
            "paragraphs" => SearchLevel.Paragraphs,
            "quotes" => SearchLevel.Quotes,
            _ => (SearchLevel?)null,
        };
        if (level is null) errors["type"] = [$"type must be documents, paragraphs or quotes, not '{Type}'."];
        var sort = (string.IsNullOrEmpty(Sort) ? "relevance" : Sort) switch
        {
            "relevance" => SortOrder.Relevance,
            "newest" => SortOrder.Newest,
            "oldest" => SortOrder.Oldest,
            _ => (SortOrder?)null,
        };
        if (sort is null) errors["sort"] = [$"sort must be relevance, newest or oldest, not '{Sort}'."];
        var page = Whole(Page, "page", 1, 1, int.MaxValue, errors);
        var pageSize = Whole(PageSize, "pageSize", 10, 1, 100, errors);
        // Deep pages cost a heap of page x size hits on every request; past 10,000 the cursor is the way (as Elasticsearch's max_result_window).
        if (string.IsNullOrEmpty(Cursor) && (long)page * pageSize > MaxResultWindow)
            errors["page"] = [$"page x pageSize is {(long)page * pageSize}; the limit is {MaxResultWindow}. Page further with cursor (the nextCursor of the previous answer)."];
        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        if (from > to) errors["to"] = [$"to ({To}) is before from ({From})."];
        var facetLimit = Whole(FacetLimit, "facetLimit", 10, 1, 1000, errors);
        var snippetWords = Whole(SnippetWords, "snippetWords", 30, 5, 200, errors);
        var interval = (string.IsNullOrEmpty(DateInterval) ? "month" : DateInterval) switch
        {
            "month" => Core.Querying.DateInterval.Month,
            "year" => Core.Querying.DateInterval.Year,
            _ => (Core.Querying.DateInterval?)null,
        };
        if (interval is null) errors["dateInterval"] = [$"dateInterval must be month or year, not '{DateInterval}'."];
        var collapse = Flag(Collapse, "collapse", errors);
        var explain = Flag(Explain, "explain", errors);
        string[]? facets = null;
        if (Facets is not null)
        {
            facets = Facets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = facets.Where(f => !Dimensions.Contains(f)).ToList();
            if (unknown.Count > 0) errors["facets"] = [$"facets must be a comma list of {string.Join(", ", Dimensions)}; unknown: {string.Join(", ", unknown)}."];
        }
        if (Cursor is { Length: > 200 }) errors["cursor"] = ["cursor is not a token this service issued."];
        if (errors.Count > 0) return null;
        return new SearchRequest
        {
            Query = query,
            Level = level!.Value,
            Departments = Clean(Department),
            Actors = Clean(Actor),
            Nations = Clean(Nation),
            Speakers = Clean(Speaker),
            From = from,
            To = to,
            Sort = sort!.Value,
            Page = page,
            PageSize = pageSize,
            Facets = facets,
            FacetLimit = facetLimit,
            DateInterval = interval!.Value,
            Collapse = collapse,
            Cursor = string.IsNullOrEmpty(Cursor) ? null : Cursor,
            SnippetWords = snippetWords,
            Explain = explain,
        };
    }

    private static string[] Clean(string[]? values) =>
        values?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray() ?? [];

    private static int Whole(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [max == int.MaxValue
            ? $"{name} must be a whole number from {min}, not '{text}'."
            : $"{name} must be a whole number from {min} to {max}, not '{text}'."];
        return fallback;
    }

    private static bool Flag(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return false;
        if (bool.TryParse(text, out var value)) return value;
        errors[name] = [$"{name} must be true or false, not '{text}'."];
        return false;
    }

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"{name} must be a real date YYYY-MM-DD, not '{text}'."];
        return null;
    }
}
