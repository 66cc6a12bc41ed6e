using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>
/// What the reading view needs from the API: the link a hit carries for a person (<c>/read/{id}</c>), the document
/// with the query's words marked over its whole text, and the releases related to it.
/// </summary>
public sealed class ReadingEndpointTests : IClassFixture<ReadingEndpointTests.Seeds>
{
    public sealed class Seeds : IDisposable
    {
        public SeedApiFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    private const string Statement = "coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting";
    private const string Article = "000_cbee4cda902ec7c9";
    private readonly SeedApiFactory _factory;
    private readonly HttpClient _client;

    public ReadingEndpointTests(Seeds seeds)
    {
        _factory = seeds.Factory;
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task EveryHitLinksToItsReadingViewAndKeepsTheDepartmentsUrl()
    {
        foreach (var type in new[] { "documents", "paragraphs", "quotes" })
        {
            var json = await _client.GetFromJsonAsync<JsonElement>($"/api/search?q=ukraine&type={type}");
            var hits = json.GetProperty("hits").EnumerateArray().ToList();
            Assert.NotEmpty(hits);
            foreach (var hit in hits)
            {
                var documentId = hit.GetProperty("documentId").GetString()!;
                Assert.Equal("/read/" + Uri.EscapeDataString(documentId), hit.GetProperty("readUrl").GetString());
                Assert.NotEqual(hit.GetProperty("readUrl").GetString(), hit.GetProperty("url").GetString());
            }
        }
        var statement = await _client.GetFromJsonAsync<JsonElement>($"/api/search?q=\"Coalition of the Willing\"");
        Assert.Contains(statement.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("url").GetString()!.StartsWith("https://www.gov.uk/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReadingLinkRedirectsToTheWidgetWithTheDocumentOpen()
    {
        var withQuery = await _client.GetAsync($"/read/{Statement}?q=" + Uri.EscapeDataString("lasting peace & more"));
        Assert.Equal(HttpStatusCode.Redirect, withQuery.StatusCode);
        Assert.Equal($"/#search?q=lasting%20peace%20%26%20more&open={Statement}", withQuery.Headers.Location!.OriginalString);

        var plain = await _client.GetAsync($"/read/{Statement}");
        Assert.Equal($"/#search?open={Statement}", plain.Headers.Location!.OriginalString);

        // An id the index does not hold still opens the view, which says the release is not found.
        var unknown = await _client.GetAsync("/read/no-such-release");
        Assert.Equal(HttpStatusCode.Redirect, unknown.StatusCode);
        Assert.Equal("/#search?open=no-such-release", unknown.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/read/has%20space")]
    [InlineData("/read/%3Cscript%3E")]
    public async Task SomethingThatCannotBeAnIdIs400NamingIt(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task WithAQueryTheDocumentComesWithItsWordsMarkedOverTheWholeText()
    {
        var plain = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{Statement}");
        Assert.False(plain.TryGetProperty("highlighted", out _));

        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{Statement}?q=" + Uri.EscapeDataString("\"lasting peace\" ukraine"));
        var highlighted = json.GetProperty("highlighted");
        var paragraphs = json.GetProperty("paragraphs").EnumerateArray().ToList();
        var marked = highlighted.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(paragraphs.Count, marked.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Assert.Equal(paragraphs[i].GetProperty("index").GetInt32(), marked[i].GetProperty("index").GetInt32());
            var html = marked[i].GetProperty("html").GetString()!;
            // The marks are added to the escaped text, and nothing else: taking them out gives the paragraph back.
            var unmarked = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', unmarked);
            Assert.Equal(paragraphs[i].GetProperty("text").GetString(), WebUtility.HtmlDecode(unmarked));
        }
        var all = string.Join('\n', marked.Select(m => m.GetProperty("html").GetString()));
        Assert.Contains("<mark>lasting peace</mark>", all, StringComparison.Ordinal);
        Assert.Contains("<mark>Ukraine</mark>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>lasting</mark>", all, StringComparison.Ordinal);
        Assert.Equal(json.GetProperty("quotes").GetArrayLength(), highlighted.GetProperty("quotes").GetArrayLength());
        Assert.Equal(json.GetProperty("title").GetString(), highlighted.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AQuerySearchWouldRefuseIs400WithItsPosition()
    {
        var response = await _client.GetAsync($"/api/documents/{Statement}?q=" + Uri.EscapeDataString("peace \"unclosed"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, problem.GetProperty("position").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task RelatedReleasesLeaveOutTheDocumentAndItsListingTwin()
    {
        var json = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{Article}/related?limit=20");
        Assert.Equal(Article, json.GetProperty("documentId").GetString());
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        var ids = hits.Select(h => h.GetProperty("documentId").GetString()).ToList();
        Assert.DoesNotContain(Article, ids);
        // The listing's headline of this very release, "UK and France convene ...", is the same release.
        Assert.DoesNotContain(hits, h => h.GetProperty("title").GetString()!.StartsWith("UK and France convene", StringComparison.Ordinal));
        // The joint statement after the same meeting is the nearest other release.
        Assert.Equal(Statement, ids[0]);
        Assert.All(hits, h => Assert.Equal("/read/" + h.GetProperty("documentId").GetString(), h.GetProperty("readUrl").GetString()));
        Assert.Equal(hits.Select(h => h.GetProperty("score").GetDouble()).OrderDescending(), hits.Select(h => h.GetProperty("score").GetDouble()));

        var two = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{Article}/related?limit=2");
        Assert.Equal(ids.Take(2), two.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("five")]
    public async Task ABadLimitIs400NamingIt(string limit)
    {
        var response = await _client.GetAsync($"/api/documents/{Article}/related?limit={limit}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task RelatedOfAnUnknownDocumentIs404()
    {
        var response = await _client.GetAsync("/api/documents/no-such-release/related");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RelatedReleasesAreRateLimitedAsSearchIs()
    {
        using var factory = new SeedApiFactory()
            .With("SearchService:RateLimit:PermitsPerSecond", "0.01")
            .With("SearchService:RateLimit:Burst", "2");
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.GetAsync($"/api/documents/{Article}/related")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // The bucket is the client's, shared with search.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/search?q=peace")).StatusCode);
    }
}
