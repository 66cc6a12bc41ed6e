namespace SearchService.Core.Querying;

/// <summary>The searchable levels: whole documents, their paragraphs, the quotations in them.</summary>
public enum SearchLevel { Documents, Paragraphs, Quotes }

public enum SortOrder { Relevance, Newest, Oldest }

public enum DateInterval { Month, Year }

/// <summary>One search, as <c>GET /api/search</c> and the CLI's <c>search</c> describe it. Validated by the caller.</summary>
public sealed record SearchRequest
{
    public string Query { get; init; } = "";
    public SearchLevel Level { get; init; } = SearchLevel.Documents;
    public IReadOnlyList<string> Departments { get; init; } = [];
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Nations { get; init; } = [];
    public IReadOnlyList<string> Speakers { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SortOrder Sort { get; init; } = SortOrder.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>Facet dimensions to count; null means the default set for the level.</summary>
    public IReadOnlyList<string>? Facets { get; init; }
    public int FacetLimit { get; init; } = 10;
    public DateInterval DateInterval { get; init; } = DateInterval.Month;
    public int SnippetWords { get; init; } = 30;
    /// <summary>Paragraph level: one hit per document (its best paragraph), counting the others in <c>otherMatches</c>.</summary>
    public bool Collapse { get; init; }
    /// <summary>Search-after token from a previous answer's <c>nextCursor</c>; when set, <see cref="Page"/> is not used.</summary>
    public string? Cursor { get; init; }
    /// <summary>Adds each hit's score parts.</summary>
    public bool Explain { get; init; }

    public static string LevelName(SearchLevel level) => level switch
    {
        SearchLevel.Paragraphs => "paragraphs",
        SearchLevel.Quotes => "quotes",
        _ => "documents",
    };
}
