using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Postings;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Postings;

/// <summary>Documents added, replaced and deleted after the build are served by FTS5 beside the build's postings, and merge with them.</summary>
public sealed class LiveSegmentTests
{
    private static readonly string[] Queries = ["defence", "quokkabrand", "\"trade talks\"", "defen*", "defence OR quokkabrand", "defence -ceasefire", "title:minister", "nation:France defence"];

    private static Searcher Searcher(TestIndex test, Fts5Highlighter highlighter) => new(test.Index, highlighter);

    [Fact]
    public void AddedReplacedAndDeletedDocumentsMergeWithThePostings()
    {
        using var test = TestIndex.SeedsPlus(SampleDocuments.All);
        using var highlighter = new Fts5Highlighter();
        var victim = SampleDocuments.All[0];
        var replaced = SampleDocuments.All[1];
        new IndexUpdater(test.Index).Upsert([
            new PressReleaseBuilder("quokka-visit", "Minister visits quokkabrand farm").WithDate("2025-06-01")
                .WithParagraph("Defence and quokkabrand trade talks.").Build(),
            replaced with { Title = replaced.Title + " quokkabrand", Paragraphs = [new Documents.Paragraph(0, "Entirely new text about quokkabrand.")] },
        ]);
        new IndexUpdater(test.Index).Delete([victim.Id]);

        foreach (var level in Enum.GetValues<SearchLevel>())
            foreach (var q in Queries)
                PostingsOracle.AssertSameHits(test.Index, QueryParser.Parse(q), level);
        var found = Searcher(test, highlighter).Search(new SearchRequest { Query = "quokkabrand" }).Hits.Select(h => h.DocumentId).ToList();
        Assert.Equal(new[] { "quokka-visit", replaced.Id }.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Searcher(test, highlighter).Search(new SearchRequest { Query = "defence", PageSize = 100 }).Hits, h => h.DocumentId == victim.Id);
    }

    [Fact]
    public void ADeletedRowidIsNeverReusedSoStalePostingsCannotMatchANewDocument()
    {
        using var test = TestIndex.SeedsPlus(SampleDocuments.All);
        using var highlighter = new Fts5Highlighter();
        string last;
        long lastRow;
        using (var reader = test.Index.OpenReader())
        {
            last = reader.Scalar<string>("SELECT id FROM documents ORDER BY rowid DESC LIMIT 1")!;
            lastRow = reader.Scalar<long>("SELECT max(rowid) FROM documents");
        }
        var before = Searcher(test, highlighter).Search(new SearchRequest { Query = "defence" }).Total;
        // Without AUTOINCREMENT SQLite would hand the newest document's freed rowid to the next insert, which the
        // postings still describe with the deleted text.
        new IndexUpdater(test.Index).Delete([last]);
        new IndexUpdater(test.Index).Upsert([new PressReleaseBuilder("wombat-news", "Wombat news").WithParagraph("Wombatine facts only.").Build()]);

        using (var reader = test.Index.OpenReader())
        {
            var row = reader.Scalar<long>("SELECT rowid FROM documents WHERE id = 'wombat-news'");
            Assert.True(row > lastRow, $"rowid {row} reused (the deleted one was {lastRow})");
            Assert.True(PostingsIndex.Boundary(reader, SearchLevel.Documents) < row);
        }
        foreach (var level in Enum.GetValues<SearchLevel>())
            foreach (var q in Queries.Append("wombatine"))
                PostingsOracle.AssertSameHits(test.Index, QueryParser.Parse(q), level);
        Assert.Equal("wombat-news", Assert.Single(Searcher(test, highlighter).Search(new SearchRequest { Query = "wombatine" }).Hits).DocumentId);
        Assert.True(Searcher(test, highlighter).Search(new SearchRequest { Query = "defence" }).Total <= before);
    }

    [Theory]
    [InlineData(SearchLevel.Documents)]
    [InlineData(SearchLevel.Paragraphs)]
    public void ALiveCopyScoresAsItsBuiltTwin(SearchLevel level)
    {
        // FTS5 holds only the live units, so its own bm25 would count a handful of documents and floor every idf
        // near zero: the live copy must be scored with the build's statistics instead.
        var built = new PressReleaseBuilder("built-copy", "Wombat defence review").WithParagraph("The wombat defence review was published today.").Build();
        using var test = TestIndex.SeedsPlus(SampleDocuments.All.Append(built));
        new IndexUpdater(test.Index).Upsert([built with { Id = "live-copy", Url = "https://example.org/live-copy" }]);
        using var highlighter = new Fts5Highlighter();
        foreach (var query in new[] { "wombat defence", "\"defence review\"", "wombat OR nothingatall", "title:wombat", "wom*" })
        {
            var hits = Searcher(test, highlighter).Search(new SearchRequest { Query = query, Level = level, PageSize = 100 }).Hits;
            var builtScore = hits.Single(h => h.DocumentId == "built-copy").Score;
            var liveScore = hits.Single(h => h.DocumentId == "live-copy").Score;
            Assert.True(builtScore > 0, query);
            Assert.Equal(builtScore, liveScore, 3);
        }
    }

    [Fact]
    public void ExplanationColumnsAddUpWhenTheWordsAreInDifferentFieldsBuiltOrLive()
    {
        var split = new PressReleaseBuilder("split-fields", "Wombat news").WithParagraph("A defence review was published.").Build();
        using var test = TestIndex.SeedsPlus(SampleDocuments.All.Append(split));
        new IndexUpdater(test.Index).Upsert([split with { Id = "split-live", Url = "https://example.org/split-live" }]);
        using var highlighter = new Fts5Highlighter();
        var hits = Searcher(test, highlighter).Search(new SearchRequest { Query = "wombat defence", Explain = true, PageSize = 100 }).Hits;
        foreach (var id in new[] { "split-fields", "split-live" })
        {
            var hit = hits.Single(h => h.DocumentId == id);
            var part = Assert.Single(hit.Explanation!.Parts);
            Assert.Equal(["body", "title"], part.Columns.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(part.Score, part.Columns.Values.Sum(), 3);
            Assert.Equal(hit.Score, part.Score, 3);
        }
    }
}
