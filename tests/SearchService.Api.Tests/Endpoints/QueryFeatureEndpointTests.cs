using System.Net;
using System.Text.Json;

namespace SearchService.Api.Tests.Endpoints;

public sealed class QueryFeatureEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string? ContentType)> Get(string url)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response.Content.Headers.ContentType?.MediaType);
    }

    private static string[] DocumentIds(JsonElement body) => body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()!).ToArray();

    [Fact]
    public async Task MinusExcludesAWord()
    {
        var (status, body, _) = await Get("/api/search?q=Putin%20-Trump&pageSize=100");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("putin-ceasefire-terms", DocumentIds(body));
        Assert.DoesNotContain("putin-trump-call", DocumentIds(body));
    }

    [Fact]
    public async Task NationFilterStillShowsGermanysCount()
    {
        var (_, body, _) = await Get("/api/search?nation=France");
        var nations = body.GetProperty("facets").GetProperty("nation").EnumerateArray()
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        var (_, german, _) = await Get("/api/search?nation=Germany&pageSize=100");
        // Germany's count is every German document, including one that does not name France.
        Assert.Equal(german.GetProperty("total").GetInt32(), nations["Germany"]);
        Assert.Contains(german.GetProperty("hits").EnumerateArray(), h => !h.GetProperty("nations").EnumerateArray().Any(n => n.GetString() == "France"));
        Assert.Equal(body.GetProperty("total").GetInt32(), nations["France"]);
    }

    [Fact]
    public async Task FuzzyQueryReachesLecornu()
    {
        var (_, body, _) = await Get("/api/search?q=Lecronu~");
        Assert.Contains("berlin-talks", DocumentIds(body));
    }

    [Fact]
    public async Task MisspellingGetsDidYouMean()
    {
        var (_, body, _) = await Get("/api/search?q=Lecronu");
        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Equal("Lecornu", body.GetProperty("didYouMean").GetString());
    }

    [Fact]
    public async Task UnclosedParenthesisIsA400WithThePosition()
    {
        var (status, body, type) = await Get("/api/search?q=(peace");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.Contains("unclosed parenthesis at position 0", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort=best", "sort")]
    [InlineData("facets=colour", "facets")]
    [InlineData("facetLimit=0", "facetLimit")]
    [InlineData("dateInterval=week", "dateInterval")]
    [InlineData("snippetWords=x", "snippetWords")]
    [InlineData("collapse=maybe", "collapse")]
    [InlineData("explain=2", "explain")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task BadParametersAre400sNamingTheParameter(string query, string parameter)
    {
        var (status, body, type) = await Get("/api/search?q=peace&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _), body.ToString());
    }

    [Fact]
    public async Task CursorPagingVisitsEveryHitOnce()
    {
        var (_, all, _) = await Get("/api/search?q=defence%20OR%20ukraine&pageSize=100&sort=newest");
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var (_, page, _) = await Get("/api/search?q=defence%20OR%20ukraine&pageSize=4&sort=newest" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            seen.AddRange(page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(all.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!), seen);
    }

    [Fact]
    public async Task CollapseAndExplainAddTheirFields()
    {
        var (_, body, _) = await Get("/api/search?q=ukraine&type=paragraphs&collapse=true&explain=true&dateInterval=year&facets=date");
        var hit = body.GetProperty("hits")[0];
        Assert.True(hit.TryGetProperty("otherMatches", out _));
        Assert.True(hit.GetProperty("explanation").GetProperty("parts").GetArrayLength() > 0);
        Assert.All(body.GetProperty("facets").GetProperty("date").EnumerateArray(), v => Assert.Equal(4, v.GetProperty("value").GetString()!.Length));
        Assert.False(body.GetProperty("facets").TryGetProperty("actor", out _));
    }

    [Fact]
    public async Task QuoteHitsCarrySpeaker()
    {
        var (_, body, _) = await Get("/api/search?q=ceasefire&type=quotes&speaker=John%20Healey");
        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal("John Healey", hit.GetProperty("speaker").GetString());
        Assert.Equal(1, hit.GetProperty("paragraph").GetInt32());
    }

    [Fact]
    public async Task FacetEndpointFiltersValuesByPrefix()
    {
        var (status, body, _) = await Get("/api/facets/actor?q=defence&prefix=heal");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("actor", body.GetProperty("dimension").GetString());
        var value = Assert.Single(body.GetProperty("values").EnumerateArray());
        Assert.Equal("John Healey", value.GetProperty("value").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/api/facets/colour")).Status);
    }

    [Fact]
    public async Task SuggestCompletesActors()
    {
        var (_, body, _) = await Get("/api/suggest?q=Hea");
        Assert.Contains(body.GetProperty("suggestions").EnumerateArray(),
            s => s.GetProperty("text").GetString() == "John Healey" && s.GetProperty("kind").GetString() == "actor");
    }

    [Theory]
    [InlineData("q=%22")]
    [InlineData("q=NEAR(a%20b)%20%7Btitle%7D%3A%20%5E")]
    [InlineData("q=%27%3B%20DROP%20TABLE%20documents%3B%20--")]
    [InlineData("q=*")]
    [InlineData("q=date%3A%5B2025%20TO")]
    [InlineData("q=%F0%9F%99%82")]
    public async Task HostileQueriesNeverAnswer500(string query)
    {
        var (status, _, _) = await Get("/api/search?" + query);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, status.ToString());
    }
}
