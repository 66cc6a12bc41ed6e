using System.ComponentModel;
using System.Globalization;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// The query string of <c>GET /api/search</c>. Numbers and dates bind as text and are parsed here, so a bad
/// value answers a 400 that names the parameter instead of a bare binding failure.
/// </summary>
public sealed record SearchParameters
{
    public const int MaxQueryLength = 1000;

    [Description("The query; empty means all. Words AND, \"phrases\", prefix*, OR, NOT/-, (...), fields.")]
    public string? Q { get; init; }

    [Description("documents (default) | paragraphs | quotes")]
    [DefaultValue("documents")]
    public string? Type { get; init; }

    [Description("Department filter; repeat to match any of several.")]
    public string[]? Department { get; init; }

    [Description("Actor filter; repeat to match any of several.")]
    public string[]? Actor { get; init; }

    [Description("Nation filter; repeat to match any of several.")]
    public string[]? Nation { get; init; }

    [Description("Speaker filter (quotes); repeat to match any of several.")]
    public string[]? Speaker { get; init; }

    [Description("Earliest date, YYYY-MM-DD, inclusive.")]
    public string? From { get; init; }

    [Description("Latest date, YYYY-MM-DD, inclusive.")]
    public string? To { get; init; }

    [Description("relevance (default) | newest | oldest")]
    public string? Sort { get; init; }

    [Description("Page number, from 1.")]
    [DefaultValue("1")]
    public string? Page { get; init; }

    [Description("Hits per page, 1-100.")]
    [DefaultValue("10")]
    public string? PageSize { get; init; }

    /// <summary>Turns the parameters into a request, or collects one message per bad parameter.</summary>
    public SearchRequest? ToRequest(out Dictionary<string, string[]> errors)
    {
        errors = [];
        var query = Q ?? "";
        if (query.Length > MaxQueryLength) errors["q"] = [$"q is {query.Length} characters; the limit is {MaxQueryLength}."];
        var level = (Type ?? "documents") switch
        {
            "documents" => SearchLevel.Documents,
            "paragraphs" => SearchLevel.Paragraphs,
            "quotes" => SearchLevel.Quotes,
            _ => (SearchLevel?)null,
        };
        if (level is null) errors["type"] = [$"type must be documents, paragraphs or quotes, not '{Type}'."];
        var sort = (Sort ?? "relevance") switch
        {
            "relevance" => SortOrder.Relevance,
            "newest" => SortOrder.Newest,
            "oldest" => SortOrder.Oldest,
            _ => (SortOrder?)null,
        };
        if (sort is null) errors["sort"] = [$"sort must be relevance, newest or oldest, not '{Sort}'."];
        var page = Whole(Page, "page", 1, 1, int.MaxValue, errors);
        var pageSize = Whole(PageSize, "pageSize", 10, 1, 100, errors);
        var from = Date(From, "from", errors);
        var to = Date(To, "to", errors);
        if (from > to) errors["to"] = [$"to ({To}) is before from ({From})."];
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

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[name] = [$"{name} must be a real date YYYY-MM-DD, not '{text}'."];
        return null;
    }
}
