using SearchService.Core.Documents;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Querying;

public sealed class SeedSearchTests : IDisposable
{
    private readonly SeedIndex _seeds = new();

    public void Dispose() => _seeds.Dispose();

    [Fact]
    public void CeasefireFindsBothArticlesRankedAndHighlighted()
    {
        var response = _seeds.Search("ceasefire");
        var articles = response.Hits.Where(h => h.Kind == DocumentKind.Article).ToList();
        Assert.Equal(2, articles.Count);
        Assert.All(articles, h => Assert.Contains("<mark>ceasefire</mark>", h.Snippet, StringComparison.Ordinal));
        Assert.True(response.Hits[0].Score >= response.Hits[1].Score);
        Assert.NotEmpty(response.Facets["department"]);
        Assert.Equal(2, response.Facets["date"].Sum(f => f.Count));
    }

    [Fact]
    public void WordOnlyInTheListingFindsNoArticle()
    {
        var response = _seeds.Search("hypersonic");
        Assert.DoesNotContain(response.Hits, h => h.Kind == DocumentKind.Article);
        Assert.All(response.Hits, h => Assert.Equal(DocumentKind.Listing, h.Kind));
    }

    [Theory]
    [InlineData("Sebastien", "Sébastien")]
    [InlineData("convene", "convened")]
    [InlineData("LECORNU", "Lecornu")]
    public void AccentsAreFoldedAndWordsStemmed(string query, string found)
    {
        var response = _seeds.Search(query);
        Assert.Contains(response.Hits, h => h.Kind == DocumentKind.Article && h.Snippet.Contains($"<mark>{found}</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public void PhraseIsMarkedAsOneSpan()
    {
        var response = _seeds.Search("\"Defence Secretary\"", SearchLevel.Paragraphs);
        Assert.NotEmpty(response.Hits);
        Assert.All(response.Hits, h => Assert.Contains("<mark>Defence Secretary</mark>", h.Snippet, StringComparison.Ordinal));
        Assert.All(response.Hits, h => Assert.NotNull(h.Paragraph));
    }

    [Fact]
    public void ParagraphHitsCarryTheirDocument()
    {
        var response = _seeds.Search("breakthroughs", SearchLevel.Paragraphs);
        var hit = Assert.Single(response.Hits);
        Assert.Equal("000_cbee4cda902ec7c9", hit.DocumentId);
        Assert.Equal(8, hit.Paragraph);
        Assert.Equal("000_cbee4cda902ec7c9#p8", hit.Id);
        Assert.Equal("2025-04-10", hit.Date);
    }

    [Fact]
    public void DateRangeAndDepartmentFiltersNarrowTheHits()
    {
        var all = _seeds.Search(new SearchRequest { Query = "Ukraine" });
        var april14 = _seeds.Search(new SearchRequest { Query = "Ukraine", From = new DateOnly(2025, 4, 14), To = new DateOnly(2025, 4, 14) });
        var mod = _seeds.Search(new SearchRequest { Query = "Ukraine", Departments = ["ministry of defence"] });
        Assert.True(all.Total > april14.Total);
        Assert.All(april14.Hits, h => Assert.Equal("2025-04-14", h.Date));
        Assert.All(mod.Hits, h => Assert.Equal("Ministry of Defence", h.Department));
    }

    [Fact]
    public void EmptyQueryListsEverythingNewestFirstWhenAsked()
    {
        var response = _seeds.Search(new SearchRequest { Query = "", Sort = SortOrder.Newest, PageSize = 100 });
        Assert.Equal(10, response.Total);
        var dates = response.Hits.Select(h => h.Date).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void PagesDoNotOverlap()
    {
        var first = _seeds.Search(new SearchRequest { Query = "", PageSize = 4, Page = 1 });
        var second = _seeds.Search(new SearchRequest { Query = "", PageSize = 4, Page = 2 });
        Assert.Equal(4, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Theory]
    [InlineData("\"unclosed", 0)]
    [InlineData("peace \"unclosed", 6)]
    public void UnclosedQuoteIsASyntaxErrorWithItsPosition(string query, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _seeds.Search(query));
        Assert.Equal(position, error.Position);
    }

    [Theory]
    [InlineData("NEAR(a b)")]
    [InlineData("'; DROP TABLE documents; -- x")]
    [InlineData("SELECT * FROM documents")]
    public void OtherEnginesSyntaxInTheQueryIsSearchedAsText(string query)
    {
        var response = _seeds.Search(query);
        Assert.True(response.Total >= 0);
        Assert.Equal(10, _seeds.Index.Stats().Documents + _seeds.Index.Stats().Listings);
    }

    [Theory]
    [InlineData("{title}: x")]
    [InlineData("^ : -")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("{!lucene}ceasefire")]
    public void LuceneSyntaxErrorsAreReportedNotFailures(string query)
    {
        Assert.Throws<QuerySyntaxException>(() => _seeds.Search(query));
        Assert.Equal(10, _seeds.Index.Stats().Documents + _seeds.Index.Stats().Listings);
    }

    // Query-language syntax errors (a lone *, empty parentheses) are reported, as Lucene's parser reports them.
    [Fact]
    public void StrayOperatorsAreASyntaxErrorNotAFailure()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => _seeds.Search("* ^ : ( ) -"));
        Assert.Equal(2, error.Position); // the ^ with no number after it
        Assert.Equal(10, _seeds.Index.Stats().Documents + _seeds.Index.Stats().Listings);
    }
}

public sealed class ControlCharacterTests : IDisposable
{
    private readonly SeedIndex _seeds = new();

    public void Dispose() => _seeds.Dispose();

    [Theory]
    [InlineData("peace\u0000talks")]
    [InlineData("title:ceasefire\\\u0000")]
    [InlineData("\"lasting\u0000peace\"")]
    [InlineData("Ukraine \\\u0001 security")]
    public void ControlCharactersAreSearchedAsText(string query)
    {
        var response = _seeds.Search(query);
        Assert.True(response.Total >= 0);
    }
}
