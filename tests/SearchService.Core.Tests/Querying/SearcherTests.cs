using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Querying;

/// <summary>Searches over the two seeds plus a few enriched documents, in a real index file.</summary>
public sealed class SearcherTests : IClassFixture<SearcherTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public TestIndex Test { get; } = TestIndex.SeedsPlus(SampleDocuments.All);
        public void Dispose() => Test.Dispose();
    }

    private readonly Fixture _fixture;

    public SearcherTests(Fixture fixture) => _fixture = fixture;

    private SearchResponse Search(string q, Func<SearchRequest, SearchRequest>? change = null) =>
        new Searcher(_fixture.Test.Index).Search((change ?? (r => r))(new SearchRequest { Query = q, PageSize = 100 }));

    private static string[] Ids(SearchResponse response) => response.Hits.Select(h => h.DocumentId).ToArray();

    [Fact]
    public void MinusExcludesDocumentsWithTheWord()
    {
        var ids = Ids(Search("Putin -Trump"));
        Assert.Contains("putin-ceasefire-terms", ids);
        Assert.DoesNotContain("putin-trump-call", ids);
        Assert.All(ids, id => Assert.DoesNotContain("Trump", _fixture.Test.Index.GetDocument(id)!.Paragraphs.Select(p => p.Text).Aggregate("", string.Concat), StringComparison.Ordinal));
    }

    [Fact]
    public void OrCombinesTextAndFacetClauses()
    {
        var expected = Ids(Search("Saxony")).Union(Ids(Search("", r => r with { Actors = ["Sébastien Lecornu"] })));
        var ids = Ids(Search("Saxony OR actor:\"Sébastien Lecornu\""));
        Assert.Contains("berlin-talks", ids);
        Assert.Contains("german-exercise", ids);
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NegatedFacetClauseExcludesItsDocuments()
    {
        var ids = Ids(Search("ministers -nation:France"));
        Assert.DoesNotContain("berlin-talks", ids);
        Assert.NotEmpty(ids);
    }

    [Fact]
    public void FacetValueMatchesWholeWordsIgnoringAccents() =>
        Assert.Equal(["berlin-talks"], Ids(Search("actor:lecornu date:2025-05")));

    [Fact]
    public void ChoosingFranceStillCountsGermany()
    {
        var response = Search("", r => r with { Nations = ["France"] });
        Assert.All(response.Hits, h => Assert.Contains("France", h.Nations));
        var nations = response.Facets["nation"].ToDictionary(v => v.Value, v => v.Count);
        // Every German document counts, not only those that also name France.
        var german = Search("", r => r with { Nations = ["Germany"] });
        Assert.Equal(german.Total, nations["Germany"]);
        Assert.Contains(german.Hits, h => !h.Nations.Contains("France"));
        Assert.Equal(response.Total, nations["France"]);
    }

    [Fact]
    public void FuzzyWordReachesTheRealSpelling()
    {
        var response = Search("Lecronu~");
        Assert.Contains("berlin-talks", Ids(response));
        Assert.Contains(response.Hits, h => h.Snippet.Contains("<mark>Lecornu</mark>", StringComparison.Ordinal) || h.TitleHighlighted.Contains("<mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lecronu", "Lecornu")]
    [InlineData("ceasfire", "ceasefire")]
    [InlineData("Lecronu Healey", "Lecornu Healey")]
    public void MisspelledQueryGetsADidYouMean(string query, string expected)
    {
        var response = Search(query);
        Assert.Equal(0, response.Total);
        Assert.Equal(expected, response.DidYouMean);
    }

    [Fact]
    public void FieldOnlyAndNegatedTermsAreNotMarked()
    {
        var response = Search("actor:\"John Healey\" -Putin");
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.DoesNotContain("<mark>", h.Snippet + h.TitleHighlighted, StringComparison.Ordinal));
    }

    [Fact]
    public void PhraseIsMarkedAsOneSpan() =>
        Assert.Contains(Search("\"coalition of the willing\"").Hits, h => h.Snippet.Contains("<mark>Coalition of the Willing</mark>", StringComparison.Ordinal));

    [Fact]
    public void QuoteHitsCarrySpeakerAndParagraph()
    {
        var response = Search("ceasefire", r => r with { Level = SearchLevel.Quotes, Speakers = ["John Healey"] });
        var hit = Assert.Single(response.Hits);
        Assert.Equal("John Healey", hit.Speaker);
        Assert.Equal(1, hit.Paragraph);
        Assert.Contains("speaker", response.Facets.Keys);
    }

    [Fact]
    public void SpeakerFieldAtDocumentLevelFindsDocumentsQuotingThem() =>
        Assert.Equal(["berlin-talks"], Ids(Search("speaker:Lecornu")));

    [Fact]
    public void CollapsedParagraphsGiveOneHitPerDocumentWithOtherMatches()
    {
        var all = Search("ukraine", r => r with { Level = SearchLevel.Paragraphs });
        var collapsed = Search("ukraine", r => r with { Level = SearchLevel.Paragraphs, Collapse = true });
        Assert.Equal(collapsed.Hits.Count, collapsed.Hits.Select(h => h.DocumentId).Distinct().Count());
        Assert.Equal(all.Total, collapsed.Hits.Sum(h => 1 + h.OtherMatches!.Value));
    }

    [Fact]
    public void CursorPagesThroughEveryHitOnce()
    {
        foreach (var sort in Enum.GetValues<SortOrder>())
        {
            var everything = Ids(Search("defence OR ukraine", r => r with { Sort = sort }));
            var paged = new List<string>();
            string? cursor = null;
            do
            {
                var page = Search("defence OR ukraine", r => r with { Sort = sort, PageSize = 3, Cursor = cursor });
                paged.AddRange(Ids(page));
                cursor = page.NextCursor;
            } while (cursor is not null);
            Assert.Equal(everything, paged);
        }
    }

    [Fact]
    public void NewestSortsByDateDescending()
    {
        var dates = Search("defence", r => r with { Sort = SortOrder.Newest }).Hits.Select(h => h.Date ?? "").ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void ExplanationShowsTheMatchAndTitleWeighsMore()
    {
        var hit = Search("ceasefire", r => r with { Explain = true }).Hits.First(h => h.DocumentId == "putin-ceasefire-terms");
        var part = Assert.Single(hit.Explanation!.Parts);
        Assert.True(part.Columns["title"] > part.Columns["body"]);
        // BM25 per field, summed: the columns add up to the clause, and the clause is the hit's score.
        Assert.Equal(part.Score, part.Columns.Values.Sum(), 3);
        Assert.Equal(hit.Explanation.Score, part.Score, 3);
        Assert.Null(Search("ceasefire").Hits[0].Explanation);
    }

    [Fact]
    public void SummaryFieldAtParagraphLevelAsksTheDocument()
    {
        var hits = Search("summary:security", r => r with { Level = SearchLevel.Paragraphs }).Hits;
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("berlin-talks", h.DocumentId));
    }

    [Fact]
    public void FacetValuesFilterByPrefixIgnoringCaseAndAccents()
    {
        var values = new Searcher(_fixture.Test.Index).FacetValues(new SearchRequest(), "actor", "seb", 10);
        Assert.Equal("Sébastien Lecornu", Assert.Single(values).Value);
    }

    [Fact]
    public void SuggestionsCompleteActorsAndTitles()
    {
        var suggestions = new Searcher(_fixture.Test.Index).Suggest("Hea");
        Assert.Contains(suggestions, s => s.Text == "John Healey" && s.Kind == "actor");
    }

    [Fact]
    public void RandomHostileQueriesSearchOrFailWithASyntaxErrorOnly()
    {
        string[] pieces = ["\"", "(", ")", "NEAR(", "^", "{title}:", "*", "~", "-", "OR", "AND", "NOT", "title:", "actor:", "date:[", "TO", "]",
            "'; DROP TABLE documents; --", "\u0000", "\ud800", "🙂", "peace", "Healey", "é", " ", "\\", ":", "summary:", "speaker:x", "date:2025"];
        var random = new Random(7);
        foreach (var level in Enum.GetValues<SearchLevel>())
        {
            for (var i = 0; i < 300; i++)
            {
                var q = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
                try { Search(q, r => r with { Level = level }); }
                catch (QuerySyntaxException) { }
            }
        }
    }

    [Theory]
    [InlineData("NEAR(a b)")]
    [InlineData("'; DROP TABLE documents; -- x")]
    [InlineData("🙂 - x")]
    [InlineData("a\" OR \"b")]
    [InlineData("Ukraine - Russia")]
    public void HostileTextIsSearchedAsText(string q)
    {
        var response = Search(q);
        Assert.True(response.Total >= 0);
    }
}
