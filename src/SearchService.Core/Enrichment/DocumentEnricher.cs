using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>
/// Completes what a reader found: dates, departments, actors, nations, organisations, quotations. Metadata a
/// format carries always wins over inference; inferred values are marked as such. The gazetteers are loaded
/// once per process and shared (they are read-only), so creating an enricher is cheap.
/// </summary>
public sealed class DocumentEnricher
{
    private static readonly Lazy<(NationGazetteer Nations, PersonGazetteer People, OrganisationGazetteer Organisations)> Shared =
        new(() => (new NationGazetteer(), new PersonGazetteer(), new OrganisationGazetteer()));

    private static readonly Lazy<FirstNames> SharedFirstNames = new(() => new FirstNames());

    private readonly NationGazetteer _nations;
    private readonly PersonGazetteer _people;
    private readonly OrganisationGazetteer _organisations;
    private readonly ActorRecognizer _actors;
    private readonly QuotationExtractor _quotations;

    public DocumentEnricher()
        : this(Shared.Value.Nations, Shared.Value.People, Shared.Value.Organisations)
    {
    }

    public DocumentEnricher(NationGazetteer nations, PersonGazetteer people, OrganisationGazetteer organisations)
    {
        _nations = nations;
        _people = people;
        _organisations = organisations;
        _actors = new ActorRecognizer(people, nations, organisations);
        _quotations = new QuotationExtractor(_actors, SharedFirstNames.Value);
    }

    public Document Enrich(Document document)
    {
        var blocks = Blocks(document);
        var texts = blocks.Select(b => b.Text).ToList();
        var enriched = document;

        if (enriched.Date is null && DateFinder.FirstDate(texts) is { } date)
            enriched = enriched with { Date = date, DateInferred = true };

        if (string.IsNullOrWhiteSpace(enriched.Department))
        {
            var department = DepartmentInference.Infer(blocks, _organisations);
            enriched = department is null
                ? enriched with { Department = null }
                : enriched with { Department = department, DepartmentInferred = true };
        }

        var reading = _actors.Recognize(blocks, document.Actors);
        var quotations = document.Quotes.Count > 0 ? new QuotationReading([.. document.Quotes], []) : _quotations.Extract(document.Paragraphs, reading, document.Title);

        return enriched with
        {
            // Metadata wins: a list the source supplied is canonicalised, never extended by inference.
            Actors = document.Supplied.HasFlag(SuppliedFacets.Actors)
                ? Merge(document.Actors.Select(PersonNames.WithoutTitles).Select(a => _people.Canonical(a) ?? a), [])
                : Merge(reading.Actors, quotations.NewPeople),
            Nations = Merge(document.Nations.Select(n => _nations.Canonical(n) ?? n),
                document.Supplied.HasFlag(SuppliedFacets.Nations) ? [] : _nations.Recognize(blocks)),
            Organisations = Merge(document.Organisations.Select(o => _organisations.Canonical(o) ?? o),
                document.Supplied.HasFlag(SuppliedFacets.Organisations) ? [] : _organisations.Recognize(blocks)),
            Quotes = quotations.Quotes,
        };
    }

    /// <summary>The documents to index for one source document: itself, then one per listing entry.</summary>
    public IEnumerable<Document> EnrichWithListings(Document document)
    {
        var host = Enrich(document);
        yield return host;
        foreach (var listing in ListingDocuments.From(host))
            yield return Enrich(listing);
    }

    // Title and summary are read like the body, but only body paragraphs carry quotations.
    private static List<TextBlock> Blocks(Document document)
    {
        var blocks = new List<TextBlock> { new(-1, document.Title) };
        if (!string.IsNullOrWhiteSpace(document.Summary)) blocks.Add(new TextBlock(-1, document.Summary));
        blocks.AddRange(document.Paragraphs.Select(p => new TextBlock(p.Index, p.Text)));
        return blocks;
    }

    private static List<string> Merge(IEnumerable<string> first, IEnumerable<string> second) =>
        first.Concat(second).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
}
