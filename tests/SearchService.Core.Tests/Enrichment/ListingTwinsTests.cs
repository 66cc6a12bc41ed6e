using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>The same release as an article and as a listing's headline is one release (its listing twin), told by day,
/// department and the headline's words; a later release on the same subject is not.</summary>
public sealed class ListingTwinsTests
{
    private static readonly List<Document> Seeds =
        [.. SeedDocuments.Read("000_cbee4cda902ec7c9.txt"), .. SeedDocuments.Read("002_ae71211020e9c540.txt")];

    private static Document Article => Seeds.Single(d => d.Id == "000_cbee4cda902ec7c9");

    [Fact]
    public void TheSeedArticleAndItsListingHeadlineAreTwins()
    {
        // Worded differently ("The United Kingdom and France convened ..." / "UK and France convene ..."), published the same day.
        var twins = Seeds.Where(d => d.Id != Article.Id && ListingTwins.AreTwins(Article, d)).ToList();
        var twin = Assert.Single(twins);
        Assert.Equal(DocumentKind.Listing, twin.Kind);
        Assert.StartsWith("UK and France convene", twin.Title, StringComparison.Ordinal);
        Assert.True(ListingTwins.AreTwins(twin, Article), "twins both ways");
    }

    [Fact]
    public void AnotherReleaseOnTheSameSubjectIsNotATwin()
    {
        // The joint statement of 14 April follows the 10 April meeting; its own listing entries are other releases.
        var statement = Seeds.Single(d => d.Id.StartsWith("coalition-of-the-willing", StringComparison.Ordinal));
        Assert.DoesNotContain(Seeds, d => d.Id != statement.Id && ListingTwins.AreTwins(statement, d));
        Assert.False(ListingTwins.AreTwins(Article, statement));
    }

    [Fact]
    public void TwoListingsOfOneHeadlineOnOneDayAreTwins()
    {
        var a = Listing("a", "Royal Navy carrier leads deployment to the Indo-Pacific", "2025-04-10", "Ministry of Defence");
        var b = Listing("b", "Royal Navy carrier leads deployment to the Indo-Pacific", "2025-04-10", null);
        Assert.True(ListingTwins.AreTwins(a, b));
    }

    [Theory]
    [InlineData("2025-04-11", "Ministry of Defence")]  // another day
    [InlineData("2025-04-10", "Home Office")]          // another department
    [InlineData(null, "Ministry of Defence")]          // no day to go by
    public void TheSameHeadlineIsNoTwinOnAnotherDayOrFromAnotherDepartment(string? date, string department)
    {
        var article = new PressReleaseBuilder("carrier", "Royal Navy carrier leads deployment to the Indo-Pacific")
            .WithDate("2025-04-10").WithDepartment("Ministry of Defence").WithParagraph("The carrier sailed from Portsmouth.").Build();
        Assert.False(ListingTwins.AreTwins(article, Listing("l", article.Title, date, department)));
        Assert.True(ListingTwins.AreTwins(article, Listing("l", article.Title, "2025-04-10", "Ministry of Defence")));
    }

    [Fact]
    public void AHeadlineWhoseWordsAreMostlyNotInTheLeadIsNoTwin()
    {
        var article = new PressReleaseBuilder("carrier", "Royal Navy carrier leads deployment to the Indo-Pacific")
            .WithDate("2025-04-10").WithDepartment("Ministry of Defence").WithParagraph("The carrier sailed from Portsmouth.").Build();
        Assert.False(ListingTwins.AreTwins(article, Listing("l", "Hypersonic weapons milestone reached with the US", "2025-04-10", "Ministry of Defence")));
        Assert.False(ListingTwins.AreTwins(article, new PressReleaseBuilder("other", article.Title).WithDate("2025-04-10").Build()), "two articles are never twins");
    }

    private static Document Listing(string id, string title, string? date, string? department) =>
        new() { Id = id, Kind = DocumentKind.Listing, Title = title, Date = date, Department = department };
}
