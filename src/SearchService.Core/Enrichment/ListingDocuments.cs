using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Enrichment;

/// <summary>Turns the "Latest News" entries of a host document into headline-only documents of kind listing.</summary>
public static class ListingDocuments
{
    public static IEnumerable<Document> From(Document host) =>
        host.ListingEntries.Select(entry => new Document
        {
            Id = DocumentIds.ForListingEntry(entry.Title, entry.Published),
            Kind = DocumentKind.Listing,
            Title = entry.Title,
            Summary = entry.Summary,
            Date = entry.Published is { Length: >= 10 } p ? p[..10] : null,
            Department = entry.Department ?? host.Department,
            Source = host.Source,
        });
}
