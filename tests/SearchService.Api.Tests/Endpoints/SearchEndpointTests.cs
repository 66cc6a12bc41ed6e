using System.Net;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Endpoints;

public sealed class SearchEndpointTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> GetJson(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task CeasefireReturnsBothSeedArticlesRankedWithSnippetsAndFacets()
    {
        var json = await GetJson("/api/search?q=ceasefire");
        Assert.Equal("ceasefire", json.GetProperty("query").GetString());
        Assert.Equal("documents", json.GetProperty("type").GetString());
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count(h => h.GetProperty("kind").GetString() == "article"));
        Assert.All(hits, h => Assert.Contains("<mark>ceasefire</mark>", h.GetProperty("snippet").GetString(), StringComparison.Ordinal));
        Assert.True(hits[0].GetProperty("score").GetDouble() >= hits[1].GetProperty("score").GetDouble());
        var facets = json.GetProperty("facets");
        Assert.Equal(2, facets.GetProperty("date").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        Assert.True(facets.TryGetProperty("department", out _));
        Assert.True(json.GetProperty("tookMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task HypersonicFindsNoArticle()
    {
        var json = await GetJson("/api/search?q=hypersonic");
        Assert.DoesNotContain(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("kind").GetString() == "article");
    }

    [Theory]
    [InlineData("Sebastien", "<mark>Sébastien</mark>")]
    [InlineData("convene", "<mark>convened</mark>")]
    public async Task FoldsAccentsAndStems(string query, string marked)
    {
        var json = await GetJson($"/api/search?q={query}");
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains(marked, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParagraphLevelHitsCarryTheirDocument()
    {
        var json = await GetJson("/api/search?q=breakthroughs&type=paragraphs");
        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray());
        Assert.Equal("paragraphs", hit.GetProperty("type").GetString());
        Assert.Equal("000_cbee4cda902ec7c9", hit.GetProperty("documentId").GetString());
        Assert.Equal(8, hit.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task DepartmentAndDateFiltersApply()
    {
        var json = await GetJson("/api/search?q=Ukraine&department=Ministry%20of%20Defence&from=2025-04-14&to=2025-04-30");
        Assert.All(json.GetProperty("hits").EnumerateArray(), h =>
        {
            Assert.Equal("Ministry of Defence", h.GetProperty("department").GetString());
            Assert.Equal("2025-04-14", h.GetProperty("date").GetString());
        });
        Assert.Equal(1, json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("type=unknown", "type")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("from=2025-13-45", "from")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("page=101&pageSize=100", "page")]
    public async Task BadParametersAnswer400NamingTheParameter(string query, string parameter)
    {
        var response = await _client.GetAsync($"/api/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _));
        Assert.Contains(parameter, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task QueryOverTheLimitIs400()
    {
        var response = await _client.GetAsync("/api/search?q=" + new string('a', 1001));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SyntaxErrorNamesThePosition()
    {
        var response = await _client.GetAsync("/api/search?q=peace%20%22unclosed");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("position 6", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
