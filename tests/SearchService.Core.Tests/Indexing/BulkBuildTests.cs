using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.Postings;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Indexing;

/// <summary>What a build writes straight into postings: the later of two documents with one id, empty documents.</summary>
public sealed class BulkBuildTests
{
    [Fact]
    public void ADuplicateIdInOneBuildKeepsOnlyTheLaterVersionFindable()
    {
        var first = new PressReleaseBuilder("dup", "Wombat defence").WithParagraph("Zebrafish wombat talks.").WithQuote("Jane Roe", "Zebrafish forever.").Build();
        var second = new PressReleaseBuilder("dup", "Quokka news").WithParagraph("Quokka only.").Build();
        var empty = new PressReleaseBuilder("empty", "").Build();
        using var test = TestIndex.SeedsPlus(SampleDocuments.All.Append(first).Append(empty).Append(second));
        foreach (var level in Enum.GetValues<SearchLevel>())
            foreach (var q in new[] { "zebrafish", "wombat", "quokka", "\"wombat talks\"", "defence", "zebra*", "\"wombat ta*\"" })
                PostingsOracle.AssertSameHits(test.Index, QueryParser.Parse(q), level);
        using var highlighter = new Fts5Highlighter();
        var searcher = new Searcher(test.Index, highlighter);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "zebrafish" }).Total);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "zebrafish", Level = SearchLevel.Quotes }).Total);
        Assert.Equal("dup", Assert.Single(searcher.Search(new SearchRequest { Query = "quokka" }).Hits).DocumentId);
    }

    [Fact]
    public void AnExactDuplicateCountsOnceInTheVocabulary()
    {
        // The workers count every document they prepare; the writer takes back what it then skips as unchanged.
        var twice = new PressReleaseBuilder("twice", "Numbatine notes").WithParagraph("Numbatine facts.").Build();
        var other = new PressReleaseBuilder("other", "Numbatine again").WithParagraph("More numbatine.").Build();
        using var test = TestIndex.SeedsPlus([twice, other, twice]);
        using var reader = test.Index.OpenReader();
        Assert.Equal(2, reader.Scalar<long>("SELECT freq FROM terms WHERE term = 'numbatine'"));
        Assert.Equal(1, reader.Scalar<long>("SELECT count(*) FROM documents WHERE id = 'twice'"));
    }
}
