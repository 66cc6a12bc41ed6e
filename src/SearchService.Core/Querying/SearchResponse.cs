using System.Text.Json.Serialization;

namespace SearchService.Core.Querying;

/// <summary>The contract's search answer, shared by the API and the CLI's <c>--json</c>.</summary>
public sealed record SearchResponse(
    string Query,
    string Type,
    int Total,
    int Page,
    int PageSize,
    double TookMs,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    string? DidYouMean,
    string? NextCursor);

public sealed record SearchHit
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string Kind { get; init; }
    public required string DocumentId { get; init; }
    public required string Title { get; init; }
    public required string Snippet { get; init; }
    public string? Date { get; init; }
    public string? Department { get; init; }
    public string? Url { get; init; }
    public double Score { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Nations { get; init; } = [];
    public required string TitleHighlighted { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Paragraph { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speaker { get; init; }
}

public sealed record FacetValue(string Value, int Count);
