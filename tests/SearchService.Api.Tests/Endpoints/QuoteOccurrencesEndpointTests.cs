using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>Quote hits carry their group, and <c>GET /api/quotes/{id}/occurrences</c> lists it, through the real pipeline
/// (every answer checked against the OpenAPI document by the conforming factory).</summary>
public sealed class QuoteOccurrencesEndpointTests
{
    private const string Words = "Every family in the valley will have fast broadband at home before the next winter begins";

    private static readonly string Documents = JsonSerializer.Serialize(new object[]
    {
        Release("broadband-news", "Broadband pledge repeated", "News desk", "2025-05-09", $"\"{Words.ToUpperInvariant()[..1]}{Words[1..]},\" Owen Pryce said."),
        Release("broadband-release", "Broadband for the valley", "Department for Digital", "2025-05-02", $"“{Words}.” said Owen Pryce."),
        Release("broadband-digest", "Weekly digest", "Regional news", "2025-05-20", "Owen Pryce said: “Fast broadband at home before the next winter begins.”"),
    });

    [Fact]
    public async Task QuoteHitsCarryTheirGroupAndTheOccurrencesAreListedOldestFirst()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/documents", new StringContent(Documents, Encoding.UTF8, "application/json"))).StatusCode);

        var hits = await QuoteHits(client);
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits.Values)
        {
            var group = hit.GetProperty("group");
            Assert.Equal(3, group.GetProperty("documents").GetInt32());
            var first = group.GetProperty("firstSeen");
            Assert.Equal("broadband-release", first.GetProperty("documentId").GetString());
            Assert.Equal("2025-05-02", first.GetProperty("date").GetString());
            Assert.Equal("Department for Digital", first.GetProperty("department").GetString());
            Assert.Equal(hits["broadband-release"].GetProperty("id").GetString(), group.GetProperty("id").GetString());
        }

        var occurrences = await client.GetFromJsonAsync<JsonElement>(Occurrences(hits["broadband-digest"]));
        Assert.Equal(hits["broadband-digest"].GetProperty("id").GetString(), occurrences.GetProperty("id").GetString());
        Assert.Equal(["broadband-release", "broadband-news", "broadband-digest"],
            occurrences.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("documentId").GetString()).ToList());

        // A deletion is seen by the next request: two documents left, the first one now the news story.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/documents/broadband-release")).StatusCode);
        hits = await QuoteHits(client);
        Assert.Equal(2, hits["broadband-digest"].GetProperty("group").GetProperty("documents").GetInt32());
        Assert.Equal("broadband-news", hits["broadband-digest"].GetProperty("group").GetProperty("firstSeen").GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task AQuotationSaidNowhereElseHasNoGroupAndListsItself()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?type=quotes&pageSize=50");
        var hit = search.GetProperty("hits").EnumerateArray().First(h => !h.TryGetProperty("group", out _));
        var occurrences = await client.GetFromJsonAsync<JsonElement>(Occurrences(hit));
        Assert.Equal(hit.GetProperty("id").GetString(), Assert.Single(occurrences.GetProperty("occurrences").EnumerateArray()).GetProperty("id").GetString());

        // README's example.
        var seed = await client.GetFromJsonAsync<JsonElement>("/api/quotes/000_cbee4cda902ec7c9%23q0/occurrences");
        var first = seed.GetProperty("occurrences")[0];
        Assert.Equal(("000_cbee4cda902ec7c9", "000_cbee4cda902ec7c9#q0"), (first.GetProperty("documentId").GetString(), first.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetString()));
    }

    [Theory]
    [InlineData("/api/quotes/no-such-document%23q0/occurrences")]
    [InlineData("/api/quotes/coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting%23q999/occurrences")]
    [InlineData("/api/quotes/not-a-quote-id/occurrences")]
    public async Task AnUnknownQuotationIs404ProblemJson(string path)
    {
        using var factory = new SeedApiFactory();
        var answer = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    private static object Release(string id, string title, string department, string date, string quoted) => new
    {
        id, title, department, date, paragraphs = new[] { "The valley's broadband was discussed.", quoted },
    };

    private static async Task<Dictionary<string, JsonElement>> QuoteHits(HttpClient client)
    {
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=broadband&type=quotes&pageSize=50");
        return search.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("documentId").GetString()!);
    }

    private static string Occurrences(JsonElement hit) => $"/api/quotes/{Uri.EscapeDataString(hit.GetProperty("id").GetString()!)}/occurrences";
}
