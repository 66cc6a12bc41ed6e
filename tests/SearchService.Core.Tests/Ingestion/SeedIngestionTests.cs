using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Ingestion;

/// <summary>Reads both seed formats and checks them against the careful reader's extraction (TestData/seeds.json).</summary>
public sealed class SeedIngestionTests
{
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "expected-seeds.json"))).RootElement;

    public static TheoryData<string> SeedFiles() => ["000_cbee4cda902ec7c9.txt", "002_ae71211020e9c540.txt"];

    private static JsonElement ExpectedFor(string file) =>
        Expected.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("file").GetString() == file);

    private static Document Read(string file) => new SourceScanner().ReadFile(Path.Combine(Repository.Seeds, file)).Single();

    [Theory, MemberData(nameof(SeedFiles))]
    public void ParagraphsAreCountedAndStartAsTheCarefulReaderSaw(string file)
    {
        var expected = ExpectedFor(file);
        var document = Read(file);
        var starts = expected.GetProperty("paragraphsStartWith").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(expected.GetProperty("paragraphCount").GetInt32(), document.Paragraphs.Count);
        for (var i = 0; i < starts.Count; i++)
            Assert.StartsWith(starts[i], document.Paragraphs[i].Text, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, document.Paragraphs.Count), document.Paragraphs.Select(p => p.Index));
    }

    [Fact]
    public void AggregatedPressReleaseKeepsItsMetadata()
    {
        var expected = ExpectedFor("002_ae71211020e9c540.txt");
        var document = Read("002_ae71211020e9c540.txt");
        Assert.Equal(expected.GetProperty("title").GetString(), document.Title);
        Assert.Equal(expected.GetProperty("summary").GetString(), document.Summary);
        Assert.Equal(expected.GetProperty("url").GetString(), document.Url);
        Assert.Equal("2025-04-14", document.Date);
        Assert.False(document.DateInferred);
        Assert.Equal("Ministry of Defence", document.Department);
        Assert.False(document.DepartmentInferred);
        Assert.Equal("coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting", document.Id);
    }

    [Fact]
    public void BoilerplateNeverLandsInTheBody()
    {
        var expected = ExpectedFor("002_ae71211020e9c540.txt");
        var document = Read("002_ae71211020e9c540.txt");
        var body = string.Join("\n", new[] { document.Title, document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text)));
        foreach (var text in expected.GetProperty("textNotInBody").EnumerateArray().Select(e => e.GetString()!))
            Assert.DoesNotContain(text, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LatestNewsListingBecomesEntriesWithTimestamps()
    {
        var expected = ExpectedFor("002_ae71211020e9c540.txt").GetProperty("listingEntries").EnumerateArray().ToList();
        var entries = Read("002_ae71211020e9c540.txt").ListingEntries;
        Assert.Equal(expected.Count, entries.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("title").GetString(), entries[i].Title);
            Assert.Equal(expected[i].GetProperty("published").GetString(), entries[i].Published);
            Assert.Equal(expected[i].GetProperty("summary").GetString(), entries[i].Summary);
            Assert.Equal("Ministry of Defence", entries[i].Department);
        }
    }

    [Fact]
    public void PlainArticleHasNoUrlAndTakesItsIdFromTheFileName()
    {
        var document = Read("000_cbee4cda902ec7c9.txt");
        Assert.Equal("000_cbee4cda902ec7c9", document.Id);
        Assert.Null(document.Url);
        Assert.DoesNotContain("[NATO]", document.Paragraphs[^1].Text, StringComparison.Ordinal);
        var titles = ExpectedFor("000_cbee4cda902ec7c9.txt").GetProperty("title").GetProperty("anyOf").EnumerateArray().Select(e => e.GetString());
        Assert.Contains(document.Title, titles);
    }
}
