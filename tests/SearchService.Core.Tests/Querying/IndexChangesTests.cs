using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Querying;

/// <summary>What the query side keeps in memory follows writes: vocabulary, suggestions, cursors.</summary>
public sealed class IndexChangesTests
{
    private static readonly PressReleaseBuilder Extra = new PressReleaseBuilder("zanzibar-visit", "Minister visits Zanzibar")
        .WithDepartment("Foreign Office").WithDate("2025-06-01").WithActors("Quentin Zanzibarian").WithParagraph("Defence and Zanzibar trade talks.");

    [Fact]
    public void AddingAndDeletingADocumentKeepsTheVocabularyConsistent()
    {
        using var test = TestIndex.SeedsPlus(SampleDocuments.All);
        using var highlighter = new Fts5Highlighter();
        var searcher = new Searcher(test.Index, highlighter);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "Zanzibar" }).Total);

        new IndexUpdater(test.Index).Upsert([Extra.Build()]);
        using (var reader = test.Index.OpenReader())
        {
            Assert.Equal(1, ReaderCache.Lexicon(test.Index, reader).Frequency("zanzibar"));
            Assert.Contains(ReaderCache.Suggester(test.Index, reader).Suggest("zanz"), s => s.Text == "Quentin Zanzibarian");
        }
        Assert.Equal("Zanzibar", searcher.Search(new SearchRequest { Query = "Zanzibra" }).DidYouMean);

        new IndexUpdater(test.Index).Delete(["zanzibar-visit"]);
        using (var reader = test.Index.OpenReader())
        {
            Assert.Equal(0, ReaderCache.Lexicon(test.Index, reader).Frequency("zanzibar"));
            Assert.True(ReaderCache.Lexicon(test.Index, reader).Frequency("defence") > 0); // still used by other documents
        }
    }

    [Fact]
    public void CursorKeepsItsPlaceWhileDocumentsAreAdded()
    {
        using var test = TestIndex.SeedsPlus(SampleDocuments.All);
        using var highlighter = new Fts5Highlighter();
        var searcher = new Searcher(test.Index, highlighter);
        var request = new SearchRequest { Query = "defence", Sort = SortOrder.Oldest, PageSize = 3 };
        var before = searcher.Search(request with { PageSize = 100 }).Hits.Select(h => h.Id).ToList();

        var first = searcher.Search(request);
        new IndexUpdater(test.Index).Upsert([Extra.Build()]); // newest of all: sorts last
        var rest = new List<string>();
        for (var cursor = first.NextCursor; cursor is not null;)
        {
            var page = searcher.Search(request with { Cursor = cursor });
            rest.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        Assert.Equal([.. before, "zanzibar-visit"], first.Hits.Select(h => h.Id).Concat(rest).ToList());
    }
}
