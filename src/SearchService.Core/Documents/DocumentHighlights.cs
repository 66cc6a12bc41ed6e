namespace SearchService.Core.Documents;

/// <summary>
/// A document's whole text with a query's words marked, as snippets are: HTML-escaped text with only &lt;mark&gt; tags
/// added. <c>GET /api/documents/{id}?q=</c> adds it to the document for the reading view; it is never stored.
/// </summary>
public sealed record DocumentHighlights(
    string Title,
    string? Summary,
    IReadOnlyList<HighlightedText> Paragraphs,
    IReadOnlyList<HighlightedText> Quotes);

/// <summary>One paragraph or quotation (by its index in the document) as marked HTML.</summary>
public sealed record HighlightedText(int Index, string Html);
