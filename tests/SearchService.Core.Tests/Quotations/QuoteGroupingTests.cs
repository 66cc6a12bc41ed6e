using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Quotations;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Quotations;

/// <summary>Quotations that are the same words are one group across documents, on a real index on disk, and the group
/// follows additions and deletions.</summary>
public sealed class QuoteGroupingTests
{
    private const string Statement = "We will build forty new hospitals across the country by the end of this parliament, and every one of them will open on time.";

    // The department's release, then news that quotes it trimmed, re-punctuated with other marks (two apostrophes, as some papers print them), out of date order.
    private static readonly PressReleaseBuilder Release = new PressReleaseBuilder("hospitals-release", "Forty new hospitals")
        .WithDepartment("Department of Health").WithDate("2025-03-01").WithParagraph("The programme was announced today.")
        .WithQuote("Alma Reyes", Statement);

    private static readonly PressReleaseBuilder Trimmed = new PressReleaseBuilder("hospitals-news-trimmed", "Hospitals pledge repeated")
        .WithDepartment("News desk").WithDate("2025-03-04").WithParagraph("The minister repeated the pledge.")
        .WithParagraph("\"Forty new hospitals across the country by the end of this parliament,\" Alma Reyes said.");

    private static readonly PressReleaseBuilder Repunctuated = new PressReleaseBuilder("hospitals-news-repunctuated", "Hospitals: the pledge")
        .WithDepartment("Regional news").WithDate("2025-03-02").WithParagraph("A pledge was made in London.")
        .WithParagraph("''We Will Build Forty New Hospitals across the country – by the end of this Parliament; and every one of them will open on time!'' Alma Reyes said.");

    // Shares the phrase "across the country" and a few common words, but says something else.
    private static readonly PressReleaseBuilder Different = new PressReleaseBuilder("schools-release", "New schools")
        .WithDepartment("Department for Education").WithDate("2025-02-01").WithParagraph("Schools were discussed.")
        .WithQuote("Alma Reyes", "Every one of the new schools across the country will teach coding from the first year onwards.");

    private static readonly PressReleaseBuilder Earlier = new PressReleaseBuilder("hospitals-manifesto", "Manifesto launch")
        .WithDepartment("Cabinet Office").WithDate("2024-11-20").WithParagraph("The manifesto was launched.")
        .WithQuote("Alma Reyes", "We will build forty new hospitals across the country by the end of this parliament");

    [Fact]
    public void TrimmedRepunctuatedAndOtherMarksAreOneGroupFirstSeenInTheEarliest()
    {
        using var test = TestIndex.SeedsPlus([Release.Build(), Trimmed.Build(), Repunctuated.Build(), Different.Build()]);
        var searcher = new Searcher(test.Index);

        var hits = QuoteHits(searcher, "hospitals");
        Assert.Equal(["hospitals-news-repunctuated", "hospitals-news-trimmed", "hospitals-release"], hits.Keys.Order().ToList());
        foreach (var hit in hits.Values)
        {
            Assert.NotNull(hit.Group);
            Assert.Equal(3, hit.Group.Documents);
            Assert.Equal(new QuoteFirstSeen("hospitals-release", "Forty new hospitals", "2025-03-01", "Department of Health"), hit.Group.FirstSeen);
            Assert.Equal(hits["hospitals-release"].Id, hit.Group.Id);
        }

        var occurrences = searcher.QuoteOccurrences(Id(hits["hospitals-news-trimmed"]))!;
        Assert.Equal(3, occurrences.Documents);
        Assert.Equal(["hospitals-release", "hospitals-news-repunctuated", "hospitals-news-trimmed"], occurrences.Occurrences.Select(o => o.DocumentId).ToList());
        Assert.Equal(hits["hospitals-release"].Id, occurrences.GroupId);

        // The other statement shares a phrase and a speaker, not the words: no group.
        var schools = QuoteHits(searcher, "coding");
        Assert.Null(Assert.Single(schools.Values).Group);
        var alone = searcher.QuoteOccurrences(Id(schools["schools-release"]))!;
        Assert.Equal("schools-release", Assert.Single(alone.Occurrences).DocumentId);
    }

    [Fact]
    public void DeletingAndAddingDocumentsMovesCountsAndFirstSeen()
    {
        using var test = TestIndex.SeedsPlus([Release.Build(), Trimmed.Build(), Repunctuated.Build()]);
        var searcher = new Searcher(test.Index);
        var updater = new IndexUpdater(test.Index);

        updater.Delete(["hospitals-release"]);
        var hits = QuoteHits(searcher, "hospitals");
        Assert.Equal(["hospitals-news-repunctuated", "hospitals-news-trimmed"], hits.Keys.Order().ToList());
        Assert.All(hits.Values, hit => Assert.Equal(2, hit.Group!.Documents));
        Assert.All(hits.Values, hit => Assert.Equal("hospitals-news-repunctuated", hit.Group!.FirstSeen.DocumentId));

        updater.Upsert([Earlier.Build()]);
        hits = QuoteHits(searcher, "hospitals");
        Assert.All(hits.Values, hit => Assert.Equal(3, hit.Group!.Documents));
        Assert.All(hits.Values, hit => Assert.Equal(new QuoteFirstSeen("hospitals-manifesto", "Manifesto launch", "2024-11-20", "Cabinet Office"), hit.Group!.FirstSeen));

        // Replacing the earliest with other words takes it out of the group again.
        updater.Upsert([new PressReleaseBuilder("hospitals-manifesto", "Manifesto launch").WithDepartment("Cabinet Office").WithDate("2024-11-20")
            .WithParagraph("The manifesto was launched.").WithQuote("Alma Reyes", "Our manifesto puts families and their local hospitals first in every region.").Build()]);
        hits = QuoteHits(searcher, "hospitals");
        Assert.Null(hits["hospitals-manifesto"].Group);
        Assert.Equal(2, hits["hospitals-news-trimmed"].Group!.Documents);
        Assert.Equal("hospitals-news-repunctuated", hits["hospitals-news-trimmed"].Group!.FirstSeen.DocumentId);

        updater.Delete(["hospitals-news-repunctuated"]);
        Assert.Null(QuoteHits(searcher, "hospitals")["hospitals-news-trimmed"].Group);
        Assert.Single(searcher.QuoteOccurrences(Id(QuoteHits(searcher, "hospitals")["hospitals-news-trimmed"]))!.Occurrences);
    }

    [Fact]
    public void AnUnknownQuotationHasNoOccurrences()
    {
        using var test = TestIndex.SeedsPlus([Release.Build()]);
        var searcher = new Searcher(test.Index);
        Assert.Null(searcher.QuoteOccurrences(new QuoteId("hospitals-release", 7)));
        Assert.Null(searcher.QuoteOccurrences(new QuoteId("no-such-document", 0)));
    }

    private static Dictionary<string, SearchHit> QuoteHits(Searcher searcher, string query) =>
        searcher.Search(new SearchRequest { Query = query, Level = SearchLevel.Quotes, PageSize = 50 }).Hits.ToDictionary(h => h.DocumentId);

    private static QuoteId Id(SearchHit hit) => QuoteId.TryParse(hit.Id, out var id) ? id : throw new InvalidOperationException(hit.Id);
}
