using System.Net;
using SearchService.Api.Tests.Browser;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Reliability;

/// <summary>Issue 14 §4: headers on the API's answers, HEAD on search, one rule for empty parameters.</summary>
public sealed class ResponseHeaderTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    [Theory]
    [InlineData("/api/search?q=peace", "no-store")]
    [InlineData("/api/documents/no-such-document", "no-store")]
    [InlineData("/api/search?page=0", "no-store")]
    [InlineData("/healthz", "no-store")]
    [InlineData("/openapi/v1.json", "no-cache")]
    public async Task ApiAnswersAreNotSniffedAndSayHowToCacheThem(string path, string cacheControl)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(cacheControl, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task HeadOfASearchAnswersItsHeadersWithoutABody()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/search?q=ceasefire"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("type")]
    [InlineData("sort")]
    [InlineData("dateInterval")]
    [InlineData("page")]
    public async Task AnEmptyParameterMeansItsDefault(string name)
    {
        var response = await factory.CreateClient().GetAsync($"/api/search?q=peace&{name}=");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task RealKestrelDoesNotNameItself()
    {
        // The in-memory test server never sends Server: only real Kestrel shows whether it is switched off.
        using var app = new KestrelAppFactory(allowedOrigins: "");
        app.Start();
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}
