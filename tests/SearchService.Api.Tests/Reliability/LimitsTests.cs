using System.Net;
using System.Net.Http.Json;
using System.Text;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Reliability;

public sealed class LimitsTests
{
    [Fact]
    public async Task ClientOverTheRateIsAnswered429WithRetryAfter()
    {
        using var factory = new SeedApiFactory()
            // One token per 100 s: at one a second the bucket refilled while a slow run sent its six requests.
            .With("SearchService:RateLimit:PermitsPerSecond", "0.01")
            .With("SearchService:RateLimit:Burst", "3");
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await client.GetAsync("/api/search?q=peace");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(limited);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        // Health and documents are not rate limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task OversizedAdminBodyIs413EvenWithoutALength()
    {
        using var factory = new SeedApiFactory().With("SearchService:MaxDocumentBodyBytes", "1000");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        var big = "[" + string.Join(",", Enumerable.Repeat("""{"id": "x", "title": "t", "paragraphs": ["words words words"]}""", 50)) + "]";
        var declared = await client.PostAsync("/api/documents", new StringContent(big, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var undeclared = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, undeclared.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/search?q=words")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BatchWithOneBadDocumentLandsNothing()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        const string batch = """[{"id": "ok-1", "title": "Cenotaph", "paragraphs": ["Remembrance."]}, {"id": "bad"}]""";
        var response = await client.PostAsync("/api/documents", new StringContent(batch, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/ok-1")).StatusCode);
    }
}
