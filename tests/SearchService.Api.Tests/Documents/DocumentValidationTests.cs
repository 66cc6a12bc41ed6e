using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Documents;

/// <summary>The reproductions of issue 14 §1, through the real HTTP pipeline.</summary>
public sealed class DocumentValidationTests
{
    private static HttpClient Admin(SeedApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        return client;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task AListingEntryWithABlankTitleIsRefusedNamingItAndSearchesKeepAnswering()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);

        var posted = await client.PostAsync("/api/documents", Json("""{"id":"repro-1","title":"T","listingEntries":[{"title":""}]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal("application/problem+json", posted.Content.Headers.ContentType?.MediaType);
        var problem = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("listingEntries[0].title: must not be blank", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("listingEntries[0].title", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/repro-1")).StatusCode);
        foreach (var search in new[] { "/api/search?q=", "/api/search?q=&sort=newest", "/api/search?q=&pageSize=100" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(search)).StatusCode);
    }

    [Fact]
    public async Task AnIdWithASlashIsRefusedWithTheIdRules()
    {
        using var factory = new SeedApiFactory();
        var posted = await Admin(factory).PostAsync("/api/documents", Json("""{"id":"a/b","title":"Slash"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var detail = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.StartsWith("id: must be 1 to 200 characters of A-Z a-z 0-9 - . _ ~", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdUsingEveryAllowedKindOfCharacterIsReachableAtItsLocation()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);
        var posted = await client.PostAsync("/api/documents", Json("""{"id":"Press.Release_2025~v-1","title":"Reachable"}"""));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Equal("/api/documents/Press.Release_2025~v-1", location);
        Assert.Equal("Reachable", (await client.GetFromJsonAsync<JsonElement>(location)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(location)).StatusCode);
    }

    [Fact]
    public async Task PostListsEveryDocumentItWroteSoTheCountsAddUp()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);
        var posted = await client.PostAsync("/api/documents",
            Json("""{"id":"host-1","title":"Host","listingEntries":[{"title":"Minister visits Kyiv","published":"2025-04-10T09:00:00"}]}"""));
        var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("added").GetInt32());
        var ids = body.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal("host-1", ids[0]);
        Assert.Equal("Minister visits Kyiv", (await client.GetFromJsonAsync<JsonElement>($"/api/documents/{ids[1]}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task EachDocumentOfABatchIsNamedByItsPositionAndNoneIsWritten()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);
        var posted = await client.PostAsync("/api/documents",
            Json("""[{"id":"fine-1","title":"Fine"},{"id":"bad-1","title":" ","paragraphs":[{"index":3,"text":"x"}]}]"""));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var errors = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["[1].paragraphs[0].index", "[1].title"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/fine-1")).StatusCode);
    }

    [Fact]
    public async Task TextThatIsNotUnicodeIs400NotA500()
    {
        using var factory = new SeedApiFactory();
        var posted = await Admin(factory).PostAsync("/api/documents", Json("""{"id":"surrogate-1","title":"half \ud800 a pair"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("UTF-16", (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIs415()
    {
        using var factory = new SeedApiFactory();
        var posted = await Admin(factory).PostAsync("/api/documents", new StringContent("id=x&title=y", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, posted.StatusCode);
        Assert.Equal("application/problem+json", posted.Content.Headers.ContentType?.MediaType);
    }
}
