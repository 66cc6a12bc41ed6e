using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment.Evaluation;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>Every check of expected/seeds.json (kept in TestData), through the real readers and enricher.</summary>
public sealed class SeedExpectationsTests
{
    public static TheoryData<string> SeedFiles() => ["000_cbee4cda902ec7c9.txt", "002_ae71211020e9c540.txt"];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void SeedMeetsEveryExpectation(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.TestData, "expected-seeds.json")));
        var expected = json.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("file").GetString() == file);
        var documents = SeedDocuments.Read(file);
        var article = documents.First(d => d.Kind == DocumentKind.Article);

        var failed = SeedChecks.For(expected, article, documents).Where(c => !c.Passed).Select(c => c.Name).ToList();

        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    [Fact]
    public void ListingEntriesAreEnrichedFromTheirTitleAndSummary()
    {
        var listing = SeedDocuments.Read("002_ae71211020e9c540.txt").Single(d => d.Title.StartsWith("Defence Secretary meets family", StringComparison.Ordinal));
        Assert.Equal((DocumentKind.Listing, "Ministry of Defence"), (listing.Kind, listing.Department));
        Assert.Contains("Kenya", listing.Nations);
        Assert.Contains("John Healey", listing.Actors);
    }
}
