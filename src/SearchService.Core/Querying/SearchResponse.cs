using System.Text.Json.Serialization;
using SearchService.Core.Quotations;

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

    /// <summary>The reading view of the hit's document on this service (<c>/read/{documentId}</c>): the link for a person.</summary>
    public required string ReadUrl { get; init; }
    public double Score { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Nations { get; init; } = [];
    public required string TitleHighlighted { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Paragraph { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Speaker { get; init; }

    /// <summary>With <c>collapse=true</c>: how many other paragraphs of the document match.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? OtherMatches { get; init; }

    /// <summary>Quote hits whose words are in other documents too: how many, and where they were first seen.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public QuoteGroupSummary? Group { get; init; }

    /// <summary>With <c>explain=true</c>: how the score was made.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ScoreExplanation? Explanation { get; init; }
}

/// <summary>Why a hit scored what it did: BM25 of each full-text MATCH it satisfied, with each column's share.</summary>
public sealed record ScoreExplanation(double Score, string Sort, IReadOnlyList<ScorePart> Parts, IReadOnlyList<string> Filters);

/// <summary>One full-text clause: its expression, its score (per-column BM25 with the level's weights, summed), and each column's part of it.</summary>
public sealed record ScorePart(string Match, double Score, IReadOnlyDictionary<string, double> Columns);

public sealed record FacetValue(string Value, int Count);
