using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>Issue 13 §4 through the real HTTP pipeline: the Atom feed of a search, its conditional GET and its errors.</summary>
public sealed class FeedTests(FollowApiFactory factory) : IClassFixture<FollowApiFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement[]> SearchHits(string query) =>
        (await _client.GetFromJsonAsync<JsonElement>($"/api/search?{query}&sort=newest&pageSize=100")).GetProperty("hits").EnumerateArray().ToArray();

    [Fact]
    public async Task FeedIsAtomOfTheSearchNewestFirstWithReadingViewLinksSnippetsAndDepartments()
    {
        var response = await _client.GetAsync("/api/feed?q=kelp");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);

        var hits = await SearchHits("q=kelp");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(5, hits.Length);
        Assert.Equal(hits.Select(h => XmlSafe(h.GetProperty("title").GetString()!)),
            entries.Select(e => e.Element(Atom + "title")!.Value));
        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            var entry = entries[i];
            var documentId = hit.GetProperty("documentId").GetString()!;
            Assert.Equal($"http://localhost/read/{documentId}?q=kelp", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
            var summary = entry.Element(Atom + "summary")!;
            Assert.Equal("html", (string?)summary.Attribute("type"));
            // One XML decoding gives back the snippet search answers: escaped text and <mark>, nothing re-escaped or lost.
            Assert.Equal(XmlSafe(hit.GetProperty("snippet").GetString()!), summary.Value);
            Assert.Contains("<mark>", summary.Value, StringComparison.Ordinal);
            var department = hit.GetProperty("department").GetString();
            Assert.Equal(department ?? "", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? "");
            Assert.Equal(hit.GetProperty("date").GetString() + "T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.All(entries, e => Assert.StartsWith("urn:uuid:", e.Element(Atom + "id")!.Value, StringComparison.Ordinal));
        Assert.Equal("http://localhost/api/feed?q=kelp", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("http://localhost/#search?q=kelp&sort=newest", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal(entries[0].Element(Atom + "updated")!.Value, feed.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public async Task EntryIdsStayTheSameWhateverHostOrFilterTheFeedIsReadThrough()
    {
        var one = XDocument.Parse(await _client.GetStringAsync("/api/feed?q=kelp")).Root!;
        var other = new HttpRequestMessage(HttpMethod.Get, "/api/feed?q=kelp&department=HM+Treasury");
        other.Headers.Host = "search.example.gov.uk";
        var filtered = XDocument.Parse(await (await _client.SendAsync(other)).Content.ReadAsStringAsync()).Root!;
        var entry = Assert.Single(filtered.Elements(Atom + "entry"));
        Assert.Contains(one.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == entry.Element(Atom + "id")!.Value);
        Assert.StartsWith("http://search.example.gov.uk/read/kelp-minus", entry.Elements(Atom + "link").First().Attribute("href")!.Value, StringComparison.Ordinal);
        Assert.Equal("HM Treasury", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.NotEqual(one.Element(Atom + "id")!.Value, filtered.Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task EntriesAreCappedAtTheAskedNumberAndAtAHundred()
    {
        var feed = XDocument.Parse(await _client.GetStringAsync($"/api/feed?q={FollowDocuments.Lighthouse}")).Root!;
        Assert.Equal(20, feed.Elements(Atom + "entry").Count());
        feed = XDocument.Parse(await _client.GetStringAsync($"/api/feed?q={FollowDocuments.Lighthouse}&entries=100")).Root!;
        Assert.Equal(100, feed.Elements(Atom + "entry").Count());
        Assert.Equal("Lighthouse keeper log 1200", feed.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);
        var tooMany = await _client.GetAsync($"/api/feed?q={FollowDocuments.Lighthouse}&entries=101");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("entries", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameIndexAndSearchAnswer304ToItsETagAndAnyChangeGivesANewOne()
    {
        var first = await _client.GetAsync("/api/feed?q=kelp");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);
        Assert.True(first.Headers.CacheControl?.Public);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/feed?q=kelp");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal(TimeSpan.FromSeconds(60), notModified.Headers.CacheControl?.MaxAge);
        // Same bytes, same tag: a second full answer is identical.
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await _client.GetByteArrayAsync("/api/feed?q=kelp"));

        var otherSearch = await _client.GetAsync("/api/feed?q=kelp&type=paragraphs");
        Assert.NotEqual(etag, otherSearch.Headers.ETag);

        // A document is added: the index's content version moves, so the same feed has a new tag and the new entry.
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", FollowApiFactory.AdminKey);
        var posted = await admin.PostAsync("/api/documents", new StringContent(
            """{"id": "kelp-new", "title": "Kelp harvest doubles", "date": "2025-06-01", "department": "HM Treasury", "paragraphs": ["The kelp harvest doubled."]}""",
            Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        try
        {
            var stale = new HttpRequestMessage(HttpMethod.Get, "/api/feed?q=kelp");
            stale.Headers.IfNoneMatch.Add(etag);
            var changed = await _client.SendAsync(stale);
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.NotEqual(etag, changed.Headers.ETag);
            var feed = XDocument.Parse(await changed.Content.ReadAsStringAsync()).Root!;
            Assert.Equal("Kelp harvest doubles", feed.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/documents/kelp-new")).StatusCode);
        }
    }

    [Theory]
    [InlineData("type=bogus", "type")]
    [InlineData("from=2025-13-45", "from")]
    [InlineData("entries=0", "entries")]
    [InlineData("snippetWords=2", "snippetWords")]
    [InlineData("q=%22kelp", "q")]
    public async Task BadParametersAre400NamingThem(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/feed?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    private static string PlainText(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));

    private static string XmlSafe(string text) => new(text.Where(c => System.Xml.XmlConvert.IsXmlChar(c)).ToArray());

    [SkippableFact]
    public async Task FeedparserReadsEveryKindOfFeedWithoutBozoAndFindsTheSearchesHits()
    {
        Skip.If(OutsidePython.FeedparserSkipReason is not null, OutsidePython.FeedparserSkipReason);
        const string script = """
            import json, sys, feedparser
            d = feedparser.parse(sys.stdin.buffer.read())
            print(json.dumps({"bozo": int(d.bozo), "exception": str(d.get("bozo_exception", "")), "version": d.version,
              "title": d.feed.get("title"), "author": d.feed.get("author"), "entries": [{"id": e.id, "title": e.title, "link": e.link, "author": e.get("author"),
              "updated": e.updated, "summaryType": e.summary_detail.type, "summary": e.summary} for e in d.entries]}))
            """;
        foreach (var query in new[] { "q=kelp", "q=kelp&department=HM+Treasury", "q=ceasefire&type=quotes", "q=kelp&type=paragraphs&collapse=true", "", "q=S%C3%A9bastien" })
        {
            var feed = await _client.GetByteArrayAsync("/api/feed?" + query);
            var parsed = await OutsidePython.RunFeedparserAsync(script, feed);
            Assert.True(parsed.GetProperty("bozo").GetInt32() == 0, $"{query}: {parsed.GetProperty("exception")}");
            Assert.Equal("atom10", parsed.GetProperty("version").GetString());
            Assert.Equal("SearchService", parsed.GetProperty("author").GetString());
            var hits = await SearchHits(query.Length > 0 ? query : "q=");
            var entries = parsed.GetProperty("entries").EnumerateArray().ToList();
            Assert.Equal(Math.Min(20, hits.Length), entries.Count);
            Assert.True(entries.Count > 0, query);
            var q = System.Web.HttpUtility.ParseQueryString(query)["q"] ?? "";
            for (var i = 0; i < entries.Count; i++)
            {
                var (hit, entry) = (hits[i], entries[i]);
                Assert.Equal($"http://localhost/read/{hit.GetProperty("documentId").GetString()}" + (q.Length > 0 ? "?q=" + Uri.EscapeDataString(q) : ""),
                    entry.GetProperty("link").GetString());
                Assert.Equal(XmlSafe(hit.GetProperty("title").GetString()!), entry.GetProperty("title").GetString());
                Assert.Equal("text/html", entry.GetProperty("summaryType").GetString());
                // feedparser sanitises the HTML (it drops <mark>, which it does not know); the words all arrive, and a
                // quotation's speaker after it.
                var speaker = hit.TryGetProperty("speaker", out var who) ? " — " + who.GetString() : "";
                Assert.Equal(XmlSafe(PlainText(hit.GetProperty("snippet").GetString()!)) + speaker, PlainText(entry.GetProperty("summary").GetString()!));
                // An entry without a department has no author of its own: Atom gives it the feed's.
                Assert.Equal(hit.GetProperty("department").GetString(), entry.GetProperty("author").GetString());
            }
        }
    }
}
