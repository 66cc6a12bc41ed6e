using Lucene.Net.Index;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Indexing;

public sealed class IndexBuildTests
{
    [Fact]
    public void BuildingTheSeedsIndexesArticlesParagraphsAndListingEntries()
    {
        using var seeds = new SeedIndex();
        Assert.Equal(2, seeds.Report.Documents);
        Assert.Equal(19, seeds.Report.Paragraphs);
        Assert.Equal(8, seeds.Report.ListingEntries);
        Assert.Empty(seeds.Report.Skipped);
        var stats = seeds.Index.Stats();
        Assert.Equal(2, stats.Documents);
        Assert.Equal(8, stats.Listings);
        Assert.Equal(19, stats.Paragraphs);
        Assert.Equal(1, stats.Segments);
        Assert.Equal(0, stats.UnreadableDocuments);
        Assert.True(stats.SizeBytes > 0);
    }

    [Fact]
    public void TheIndexIsALuceneIndexWithOneRecordPerDocumentParagraphAndQuote()
    {
        using var seeds = new SeedIndex();
        using var directory = Lucene.Net.Store.FSDirectory.Open(seeds.Index.Generation);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(10 + 19 + seeds.Report.Quotes, reader.NumDocs);
        Assert.Equal(10, reader.DocFreq(new Term(IndexFields.Level, "d")));
        Assert.Equal(IndexSchema.Version, reader.IndexCommit.UserData[IndexSchema.VersionKey]);
    }

    [Fact]
    public void StoredDocumentComesBackWhole()
    {
        using var seeds = new SeedIndex();
        var document = seeds.Index.GetDocument("coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting");
        Assert.NotNull(document);
        Assert.Equal(9, document.Paragraphs.Count);
        Assert.Equal(8, document.ListingEntries.Count);
        Assert.Null(seeds.Index.GetDocument("no-such-id"));
    }

    [Fact]
    public void FailedBuildLeavesThePreviousIndexServing()
    {
        using var seeds = new SeedIndex();
        var before = new IndexLayout(seeds.Folder).CurrentGeneration;
        Assert.Throws<DirectoryNotFoundException>(() => new IndexBuilder().Build(["/no/such/folder"], seeds.Folder));
        Assert.Equal(before, new IndexLayout(seeds.Folder).CurrentGeneration);
        using var reopened = SearchIndex.Open(seeds.Folder);
        Assert.Equal(2, reopened.Search("ceasefire").Total);
        Assert.Single(Directory.GetDirectories(seeds.Folder, "gen-*"));
    }

    [Fact]
    public void RebuildPublishesANewGenerationKeepingOnlyThePreviousOne()
    {
        using var seeds = new SeedIndex();
        var first = new IndexLayout(seeds.Folder).CurrentGeneration!;
        new IndexBuilder().Build([Repository.Seeds], seeds.Folder);
        var second = new IndexLayout(seeds.Folder).CurrentGeneration!;
        Assert.NotEqual(first, second);
        Assert.True(Directory.Exists(first)); // a service that picked it up a moment ago can still read it
        new IndexBuilder().Build([Repository.Seeds], seeds.Folder);
        Assert.False(Directory.Exists(first));
        Assert.True(Directory.Exists(second));
        using var reopened = SearchIndex.Open(seeds.Folder);
        Assert.Equal(2, reopened.Stats().Documents);
    }

    [Fact]
    public void IndexOfAnotherSchemaVersionIsRefusedWithAClearMessage()
    {
        using var temp = new TempFolder();
        var generation = temp.Sub("index/gen-000001");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(generation))
        using (var writer = new IndexWriter(directory, IndexSchema.WriterConfig(OpenMode.CREATE)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexSchema.VersionKey] = "999" });
            writer.Commit();
        }
        temp.File("index/CURRENT", "gen-000001");
        var error = Assert.Throws<IndexUnusableException>(() => SearchIndex.Open(temp.Sub("index")));
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.True(error.OtherSchemaVersion);
    }

    [Fact]
    public void AnIndexOfThePreviousEngineIsRecognisedAndRebuildIsSuggested()
    {
        using var temp = new TempFolder();
        temp.File("index/search-000003.db", "SQLite format 3\0");
        temp.File("index/CURRENT", "search-000003.db");
        var error = Assert.Throws<IndexUnusableException>(() => SearchIndex.Open(temp.Sub("index")));
        Assert.Contains("previous engine", error.Message, StringComparison.Ordinal);
        Assert.Contains("build", error.Message, StringComparison.Ordinal);
        Assert.True(error.OtherSchemaVersion);
        // A build over it publishes a Lucene generation and removes the old engine's files.
        new IndexBuilder().Build([Repository.Seeds], temp.Sub("index"));
        Assert.Empty(Directory.GetFiles(temp.Sub("index"), "search-*.db"));
        using var rebuilt = SearchIndex.Open(temp.Sub("index"));
        Assert.Equal(2, rebuilt.Stats().Documents);
    }

    [Fact]
    public void ForeignFilesWhereTheIndexShouldBeAreReportedNotCrashed()
    {
        using var temp = new TempFolder();
        temp.File("index/gen-000001/segments_1", "this is not a Lucene commit, just text long enough to be read as one.......");
        temp.File("index/CURRENT", "gen-000001");
        var error = Assert.Throws<IndexUnusableException>(() => SearchIndex.Open(temp.Sub("index")));
        Assert.Contains("not a readable index", error.Message, StringComparison.Ordinal);
        Assert.False(error.OtherSchemaVersion);
    }

    [Fact]
    public void AddReplacesChangedDocumentsAndSkipsUnchangedOnes()
    {
        using var seeds = new SeedIndex();
        var updater = new IndexUpdater(seeds.Index);
        var fresh = new Document { Id = "new-doc", Title = "Talks at dawn", Paragraphs = [new Paragraph(0, "The armistice was signed at dawn.")] };
        Assert.Equal(new UpdateReport(1, 0, 0), updater.Upsert([fresh]));
        Assert.Equal(new UpdateReport(0, 0, 1), updater.Upsert([fresh]));
        Assert.Equal(1, seeds.Search("armistice").Total);

        var changed = fresh with { Paragraphs = [new Paragraph(0, "The truce was signed at dawn.")] };
        Assert.Equal(new UpdateReport(0, 1, 0), updater.Upsert([changed]));
        Assert.Equal(0, seeds.Search("armistice").Total);
        Assert.Equal(1, seeds.Search("truce").Total);
        Assert.Equal(1, seeds.Search("truce", Core.Querying.SearchLevel.Paragraphs).Total);

        Assert.Empty(updater.Delete(["new-doc"]));
        Assert.Equal(0, seeds.Search("truce").Total);
        Assert.Equal(0, seeds.Search("truce", Core.Querying.SearchLevel.Paragraphs).Total);
        Assert.Equal(["new-doc"], updater.Delete(["new-doc"]));
    }

    [Fact]
    public void ASecondWriterIsRefusedWithOneClearLine()
    {
        using var seeds = new SeedIndex(); // holds the writer
        var error = Assert.Throws<IndexLockedException>(() => SearchIndex.Open(seeds.Folder, writable: true));
        Assert.Contains("POST/DELETE /api/documents", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        using var reader = SearchIndex.Open(seeds.Folder); // readers need no lock
        Assert.Equal(2, reader.Search("ceasefire").Total);
    }
}

internal static class SearchIndexTestExtensions
{
    public static Core.Querying.SearchResponse Search(this SearchIndex index, string query) =>
        new Core.Querying.Searcher(index).Search(new Core.Querying.SearchRequest { Query = query });
}
