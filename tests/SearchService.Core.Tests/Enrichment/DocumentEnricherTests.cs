namespace SearchService.Core.Tests.Enrichment;

public sealed class DocumentEnricherTests
{
    [Fact]
    public void DepartmentIsInferredFromAnAttributionAndMarked()
    {
        var doc = TestArticles.Enrich("A UK Ministry of Defence press release noted that the exercise went well.");
        Assert.Equal(("Ministry of Defence", true), (doc.Department, doc.DepartmentInferred));
    }

    [Fact]
    public void MetadataDepartmentWinsOverInference()
    {
        var doc = new SearchService.Core.Enrichment.DocumentEnricher().Enrich(
            TestArticles.Article("The Home Office said numbers fell.") with { Department = "Ministry of Justice" });
        Assert.Equal(("Ministry of Justice", false), (doc.Department, doc.DepartmentInferred));
    }

    [Fact]
    public void DateIsInferredFromTextWhenMetadataHasNone()
    {
        var doc = TestArticles.Enrich("Ministers met on April 10, 2025 in London.");
        Assert.Equal(("2025-04-10", true), (doc.Date, doc.DateInferred));
    }

    [Fact]
    public void OrganisationsAreNamedCanonically() =>
        Assert.Equal(["NATO", "European Union", "Ministry of Defence"], TestArticles.Enrich("NATO and the EU welcomed the MoD plan.").Organisations);
}
