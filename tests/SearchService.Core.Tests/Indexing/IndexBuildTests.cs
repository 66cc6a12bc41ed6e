using Microsoft.Data.Sqlite;
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
        Assert.True(stats.SizeBytes > 0);
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
        var before = new IndexLayout(seeds.Folder).CurrentFile;
        Assert.Throws<DirectoryNotFoundException>(() => new IndexBuilder().Build(["/no/such/folder"], seeds.Folder));
        Assert.Equal(before, new IndexLayout(seeds.Folder).CurrentFile);
        Assert.Equal(2, SearchIndex.Open(seeds.Folder).Search("ceasefire").Total);
        Assert.Single(Directory.GetFiles(seeds.Folder, "search-*.db"));
    }

    [Fact]
    public void RebuildPublishesANewGenerationKeepingOnlyThePreviousOne()
    {
        using var seeds = new SeedIndex();
        var first = new IndexLayout(seeds.Folder).CurrentFile;
        new IndexBuilder().Build([Repository.Seeds], seeds.Folder);
        var second = new IndexLayout(seeds.Folder).CurrentFile;
        Assert.NotEqual(first, second);
        Assert.True(File.Exists(first)); // a request that picked it up a moment ago can still open it
        new IndexBuilder().Build([Repository.Seeds], seeds.Folder);
        Assert.False(File.Exists(first));
        Assert.True(File.Exists(second));
        Assert.Equal(2, SearchIndex.Open(seeds.Folder).Stats().Documents);
    }

    [Fact]
    public void IndexOfAnotherSchemaVersionIsRefusedWithAClearMessage()
    {
        using var seeds = new SeedIndex();
        using (var connection = new SqliteConnection($"Data Source={seeds.Index.File};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '999' WHERE key = 'schemaVersion'";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<IndexUnusableException>(() => SearchIndex.Open(seeds.Folder));
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignFileWhereTheIndexShouldBeIsReportedNotCrashed()
    {
        using var temp = new TempFolder();
        temp.File("index/search-000001.db", "this is not a database, just text that is long enough to be read as a header by sqlite....");
        temp.File("index/CURRENT", "search-000001.db");
        var error = Assert.Throws<IndexUnusableException>(() => SearchIndex.Open(Path.Combine(temp.Path, "index")));
        Assert.Contains("not a SearchService index", error.Message, StringComparison.Ordinal);
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

        Assert.Empty(updater.Delete(["new-doc"]));
        Assert.Equal(0, seeds.Search("truce").Total);
        Assert.Equal(["new-doc"], updater.Delete(["new-doc"]));
    }
}

internal static class SearchIndexTestExtensions
{
    public static SearchService.Core.Querying.SearchResponse Search(this SearchIndex index, string query)
    {
        using var highlighter = new SearchService.Core.Highlighting.Fts5Highlighter();
        return new SearchService.Core.Querying.Searcher(index, highlighter).Search(new SearchService.Core.Querying.SearchRequest { Query = query });
    }
}

public sealed class BulkVocabularyTests
{
    [Fact]
    public void BuildCountsTheSameVocabularyAsAddingDocumentsOneByOne()
    {
        using var built = new SeedIndex();
        using var temp = new TempFolder();
        temp.File("empty/placeholder.jsonl", """{"id": "placeholder", "title": "Placeholder", "paragraphs": ["zzplaceholder"]}""");
        var folder = Path.Combine(temp.Path, "index");
        new IndexBuilder().Build([Path.Combine(temp.Path, "empty")], folder);
        var added = SearchIndex.Open(folder);
        var scanner = new SearchService.Core.Ingestion.SourceScanner();
        new IndexUpdater(added).Upsert(scanner.Read([Repository.Seeds]).ToList());
        new IndexUpdater(added).Delete(["placeholder"]);

        Assert.Equal(Vocabulary(built.Index), Vocabulary(added));
    }

    private static List<(string Term, long Freq)> Vocabulary(SearchIndex index)
    {
        using var connection = index.OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, freq FROM terms ORDER BY term";
        using var reader = command.ExecuteReader();
        var terms = new List<(string, long)>();
        while (reader.Read()) terms.Add((reader.GetString(0), reader.GetInt64(1)));
        return terms;
    }
}
