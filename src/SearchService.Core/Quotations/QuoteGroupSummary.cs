using SearchService.Core.Documents;

namespace SearchService.Core.Quotations;

/// <summary>
/// What a quote hit says about the other places its words were said: <see cref="Documents"/> counts every document
/// that carries them, the hit's own included (so it is at least 2: a hit whose words are nowhere else has no group).
/// <see cref="Id"/> is the id of the earliest occurrence, the one <see cref="FirstSeen"/> describes: it changes when that
/// document is deleted or an earlier one is added.
/// </summary>
public sealed record QuoteGroupSummary(string Id, int Documents, QuoteFirstSeen FirstSeen);

/// <summary>The document of a group's earliest occurrence (earliest date; undated documents last; then arrival order).</summary>
public sealed record QuoteFirstSeen(string DocumentId, string Title, string? Date, string? Department)
{
    public static QuoteFirstSeen Of(Document document) => new(document.Id, document.Title, document.Date, document.Department);
}
