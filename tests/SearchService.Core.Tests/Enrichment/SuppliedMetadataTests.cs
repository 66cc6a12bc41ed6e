using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>Metadata present in a format wins over inference: supplied facet lists are kept, not extended.</summary>
public sealed class SuppliedMetadataTests
{
    private static SearchService.Core.Documents.Document EnrichedFrom(string jsonLine)
    {
        using var temp = new TempFolder();
        var file = temp.File("doc.jsonl", jsonLine);
        var document = new SourceScanner().ReadFile(file).Single();
        return new SearchService.Core.Enrichment.DocumentEnricher().Enrich(document);
    }

    private const string Text = "\"paragraphs\": [\"Defence Secretary John Healey met French ministers in London as the UK and Germany agreed new aid for Ukraine.\"]";

    [Fact]
    public void SuppliedNationsAndActorsAreKeptAsGiven()
    {
        var document = EnrichedFrom($$"""{"id": "a", "title": "Aid talks", "nations": ["France"], "actors": ["Mr Emma Reynolds"], {{Text}}}""");
        Assert.Equal(["France"], document.Nations);
        Assert.Equal(["Emma Reynolds"], document.Actors);
    }

    [Fact]
    public void SuppliedEmptyListsStayEmpty()
    {
        var document = EnrichedFrom($$"""{"id": "a", "title": "Aid talks", "nations": [], "actors": [], {{Text}}}""");
        Assert.Empty(document.Nations);
        Assert.Empty(document.Actors);
    }

    [Fact]
    public void MissingListsAreInferredFromTheText()
    {
        var document = EnrichedFrom($$"""{"id": "a", "title": "Aid talks", {{Text}}}""");
        Assert.Contains("United Kingdom", document.Nations);
        Assert.Contains("Germany", document.Nations);
        Assert.Contains("John Healey", document.Actors);
    }
}
