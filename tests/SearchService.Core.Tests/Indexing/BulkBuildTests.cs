using Lucene.Net.Index;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Indexing;

/// <summary>What a build writes: the later of two documents with one id, an identical copy once, empty documents.</summary>
public sealed class BulkBuildTests
{
    [Fact]
    public void ADuplicateIdInOneBuildKeepsOnlyTheLaterVersionFindable()
    {
        var first = new PressReleaseBuilder("dup", "Wombat defence").WithParagraph("Zebrafish wombat talks.").WithQuote("Jane Roe", "Zebrafish forever.").Build();
        var second = new PressReleaseBuilder("dup", "Quokka news").WithParagraph("Quokka only.").Build();
        var empty = new PressReleaseBuilder("empty", "").Build();
        using var test = TestIndex.SeedsPlus(SampleDocuments.All.Append(first).Append(empty).Append(second));
        var searcher = new Searcher(test.Index);
        foreach (var level in Enum.GetValues<SearchLevel>())
            foreach (var q in new[] { "zebrafish", "wombat", "\"wombat talks\"", "zebra*" })
                Assert.Equal(0, searcher.Search(new SearchRequest { Query = q, Level = level }).Total);
        Assert.Equal("dup", Assert.Single(searcher.Search(new SearchRequest { Query = "quokka" }).Hits).DocumentId);
        Assert.Equal("dup", Assert.Single(searcher.Search(new SearchRequest { Query = "quokka", Level = SearchLevel.Paragraphs }).Hits).DocumentId);
        Assert.Equal("Quokka news", test.Index.GetDocument("dup")!.Title);
    }

    [Fact]
    public void AnExactDuplicateIsWrittenOnce()
    {
        var twice = new PressReleaseBuilder("twice", "Numbatine notes").WithParagraph("Numbatine facts.").Build();
        var other = new PressReleaseBuilder("other", "Numbatine again").WithParagraph("More numbatine.").Build();
        using var test = TestIndex.SeedsPlus([twice, other, twice]);
        using var lease = test.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.Equal(2, reader.DocFreq(new Term(IndexFields.Spell, "numbatine")));
        Assert.Equal(0, reader.NumDeletedDocs);
        Assert.Equal(2, new Searcher(test.Index).Search(new SearchRequest { Query = "numbatine" }).Total);
    }
}
