using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Documents;

/// <summary>
/// Generated documents through the real HTTP pipeline: whatever POST accepts, GET gives back, search finds and DELETE
/// removes; whatever it refuses, it refuses with a 400 naming the field, and nothing of it is stored.
/// </summary>
public sealed class DocumentRoundTripProperties(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true);

    private HttpClient Admin()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        return client;
    }

    [Fact]
    public void WhatPostAcceptsGetReturnsSearchFindsAndDeleteRemoves()
    {
        var client = Admin();
        Check.One(Runs, Prop.ForAll(GeneratedDocument.Arbitrary(), document => RoundTrip(client, document).GetAwaiter().GetResult()));
    }

    [Fact]
    public void WhatPostRefusesIsNamedAndNothingOfItIsStored()
    {
        var client = Admin();
        var faulty = GeneratedDocument.Generator().SelectMany(d => Gen.Elements(Faults(d).ToArray()).Select(f => (Document: d, Fault: f)));
        Check.One(Runs, Prop.ForAll(faulty.ToArbitrary(), c => Refused(client, c.Document, c.Fault).GetAwaiter().GetResult()));
    }

    private static async Task RoundTrip(HttpClient client, GeneratedDocument document)
    {
        var posted = await client.PostAsync("/api/documents", Json(document.ToJson()));
        var answer = await posted.Content.ReadAsStringAsync();
        Assert.True(posted.StatusCode == HttpStatusCode.Created, $"POST {document.ToJson().ToJsonString()} answered {(int)posted.StatusCode} {answer}");
        var written = JsonDocument.Parse(answer).RootElement;
        var ids = written.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal(document.Id, ids[0]);
        Assert.Equal(1 + document.ListingEntries.Count, ids.Count);
        Assert.Equal(ids.Count, written.GetProperty("added").GetInt32() + written.GetProperty("replaced").GetInt32() + written.GetProperty("unchanged").GetInt32());
        Assert.Equal($"/api/documents/{document.Id}", posted.Headers.Location?.OriginalString);

        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{document.Id}");
        Assert.Equal(document.Title, stored.GetProperty("title").GetString());
        Assert.Equal(document.Summary, stored.GetProperty("summary").GetString());
        Assert.Equal(document.Url, stored.GetProperty("url").GetString());
        if (document.Date is not null) Assert.Equal(document.Date, stored.GetProperty("date").GetString());
        if (document.Department is not null) Assert.Equal(document.Department, stored.GetProperty("department").GetString());
        Assert.Equal(document.Paragraphs, stored.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!));
        Assert.Equal(Enumerable.Range(0, document.Paragraphs.Count), stored.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("index").GetInt32()));
        if (document.Quotes.Count > 0)
            Assert.Equal(document.Quotes, stored.GetProperty("quotes").EnumerateArray()
                .Select(q => (q.GetProperty("paragraph").GetInt32(), q.GetProperty("speaker").GetString(), q.GetProperty("text").GetString()!)));
        Assert.Equal(document.ListingEntries, stored.GetProperty("listingEntries").EnumerateArray().Select(e =>
            (e.GetProperty("title").GetString()!, e.GetProperty("published").GetString(), e.GetProperty("summary").GetString(), e.GetProperty("department").GetString())));

        var found = await Search(client, document.Marker);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(document.Id, found.GetProperty("hits")[0].GetProperty("documentId").GetString());
        var listings = await Search(client, document.ListingMarker);
        Assert.Equal(ids.Skip(1).Order(StringComparer.Ordinal), listings.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        // The widget's first view and the newest-first list include it, so they must still answer.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=&sort=newest&pageSize=100")).StatusCode);

        foreach (var id in ids)
        {
            var listing = id != document.Id;
            if (listing) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{id}")).StatusCode);
        }
        Assert.Equal(0, (await Search(client, document.Marker)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Search(client, document.ListingMarker)).GetProperty("total").GetInt32());
    }

    private static async Task Refused(HttpClient client, GeneratedDocument document, Fault fault)
    {
        var json = document.ToJson();
        fault.Apply(json);
        var posted = await client.PostAsync("/api/documents", Json(json));
        var answer = await posted.Content.ReadAsStringAsync();
        Assert.True(posted.StatusCode == HttpStatusCode.BadRequest, $"{fault.Field}: POST {json.ToJsonString()} answered {(int)posted.StatusCode} {answer}");
        Assert.Equal("application/problem+json", posted.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(answer).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(fault.Field, out _), $"{fault.Field} not named in {answer}");
        Assert.Contains(fault.Field + ": ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await Search(client, document.Marker)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Search(client, document.ListingMarker)).GetProperty("total").GetInt32());
    }

    public sealed record Fault(string Field, Action<JsonObject> Apply)
    {
        public override string ToString() => Field;
    }

    // One fault at a time, each where this document has room for it.
    private static IEnumerable<Fault> Faults(GeneratedDocument d)
    {
        yield return new Fault("title", j => j["title"] = "  ");
        yield return new Fault("id", j => j["id"] = d.Id + "/" + d.Marker);
        yield return new Fault("id", j => j["id"] = new string('x', 201));
        yield return new Fault("date", j => j["date"] = "2025-02-30");
        yield return new Fault("kind", j => j["kind"] = "memo");
        if (d.ListingEntries.Count > 0)
        {
            var last = d.ListingEntries.Count - 1;
            yield return new Fault($"listingEntries[{last}].title", j => j["listingEntries"]![last]!["title"] = "");
            yield return new Fault($"listingEntries[{last}].published", j => j["listingEntries"]![last]!["published"] = "yesterday");
        }
        if (d.Paragraphs.Count > 0) yield return new Fault("paragraphs[0].index", j => j["paragraphs"]![0]!["index"] = 7);
        if (d.Quotes.Count > 0)
        {
            yield return new Fault("quotes[0].paragraph", j => j["quotes"]![0]!["paragraph"] = d.Paragraphs.Count);
            yield return new Fault("quotes[0].text", j => j["quotes"]![0]!["text"] = " ");
        }
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static Task<JsonElement> Search(HttpClient client, string word) =>
        client.GetFromJsonAsync<JsonElement>($"/api/search?q={word}&pageSize=100");
}
