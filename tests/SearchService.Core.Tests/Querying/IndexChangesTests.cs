using Lucene.Net.Index;
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
        var searcher = new Searcher(test.Index);
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "Zanzibar" }).Total);

        new IndexUpdater(test.Index).Upsert([Extra.Build()]);
        Assert.Equal(1, SpellFrequency(test.Index, "zanzibar"));
        Assert.Contains(searcher.Suggest("zanz"), s => s.Text == "Quentin Zanzibarian");
        Assert.Contains(searcher.Suggest("zanz"), s => s.Text == "Minister visits Zanzibar" && s.Kind == "title");
        Assert.Equal("Zanzibar", searcher.Search(new SearchRequest { Query = "Zanzibra" }).DidYouMean);

        new IndexUpdater(test.Index).Delete(["zanzibar-visit"]);
        Assert.DoesNotContain(searcher.Suggest("zanz"), s => s.Text == "Quentin Zanzibarian");
        Assert.Null(searcher.Search(new SearchRequest { Query = "Zanzibra" }).DidYouMean);
        Assert.True(SpellFrequency(test.Index, "defence") > 0); // still used by other documents
    }

    [Fact]
    public void CursorKeepsItsPlaceWhileDocumentsAreAdded()
    {
        using var test = TestIndex.SeedsPlus(SampleDocuments.All);
        var searcher = new Searcher(test.Index);
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

    // Documents with the word among the live ones (deleted documents leave the spell field's counts at the next merge).
    private static int SpellFrequency(SearchIndex index, string word)
    {
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        return reader.Leaves.Sum(leaf =>
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexFields.Spell, word));
            var live = 0;
            while (docs is not null && docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS) live++;
            return live;
        });
    }
}
