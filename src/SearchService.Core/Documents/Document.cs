namespace SearchService.Core.Documents;

/// <summary>What a document is: an article, or a headline-only entry of a "Latest News" listing.</summary>
public static class DocumentKind
{
    public const string Article = "article";
    public const string Listing = "listing";
}

/// <summary>
/// One source document as the contract's JSON describes it: what ingestion reads, enrichment completes,
/// the index stores and <c>GET /api/documents/{id}</c> returns.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }
    public string Kind { get; init; } = DocumentKind.Article;
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? Url { get; init; }
    /// <summary>Publication date as <c>YYYY-MM-DD</c>.</summary>
    public string? Date { get; init; }
    public bool DateInferred { get; init; }
    public string? Department { get; init; }
    public bool DepartmentInferred { get; init; }
    public string Source { get; init; } = "";
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<string> Actors { get; init; } = [];
    public IReadOnlyList<string> Nations { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<ListingEntry> ListingEntries { get; init; } = [];

    /// <summary>Only in answers to <c>GET /api/documents/{id}?q=</c>: the text with the query's words marked. Never stored
    /// (null is not written) and never read from input.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public DocumentHighlights? Highlighted { get; init; }

    /// <summary>
    /// The facet lists the source itself supplied (a JSON document with an "actors" or "nations" array, even an empty
    /// one): metadata wins, so enrichment canonicalises them but adds nothing it infers. Not part of the JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SuppliedFacets Supplied { get; init; }
}

/// <summary>Which facet lists came from the source's own metadata.</summary>
[Flags]
public enum SuppliedFacets
{
    None = 0,
    Actors = 1,
    Nations = 2,
    Organisations = 4,
}

public sealed record Paragraph(int Index, string Text);

/// <summary>A direct quotation; <see cref="Paragraph"/> is the index of the paragraph it starts in.</summary>
public sealed record Quote(int Index, int Paragraph, string? Speaker, string Text);

/// <summary>A headline of a "Latest News from ..." listing; <see cref="Published"/> is <c>YYYY-MM-DDTHH:MM:SS</c>.</summary>
public sealed record ListingEntry(string Title, string? Published, string? Summary, string? Department);
