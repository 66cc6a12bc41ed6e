namespace SearchService.Core.Quotations;

/// <summary>
/// The answer of <c>GET /api/quotes/{id}/occurrences</c>: every occurrence of the quotation's words, oldest first (the
/// order of <see cref="QuoteGroupSummary.FirstSeen"/>). A quotation said nowhere else has one occurrence, itself.
/// </summary>
public sealed record QuoteOccurrences(string Id, string GroupId, int Documents, IReadOnlyList<QuoteOccurrence> Occurrences);

/// <summary>One quotation of the group as its document has it.</summary>
public sealed record QuoteOccurrence(
    string Id, string Text, string? Speaker, int Paragraph,
    string DocumentId, string Title, string? Date, string? Department, string? Url, string ReadUrl);
