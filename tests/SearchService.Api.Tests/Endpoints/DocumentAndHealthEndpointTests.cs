using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Endpoints;

public sealed class DocumentAndHealthEndpointTests
{
    [Fact]
    public async Task HealthReportsDocumentsAndBuildTime()
    {
        using var factory = new SeedApiFactory();
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(10, json.GetProperty("documents").GetInt32());
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("indexBuiltAt").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task HealthIs503WhenTheIndexIsUnusable()
    {
        using var factory = new SeedApiFactory().With("SearchService:SourcePath", "/no/such/source");
        var client = factory.CreateClient();
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var search = await client.GetAsync("/api/search?q=peace");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DocumentIsReturnedWholeAndUnknownIdIs404()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        var json = await client.GetFromJsonAsync<JsonElement>("/api/documents/coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting");
        Assert.Equal("Ministry of Defence", json.GetProperty("department").GetString());
        Assert.Equal(9, json.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(0, json.GetProperty("paragraphs")[0].GetProperty("index").GetInt32());
        var missing = await client.GetAsync("/api/documents/nope");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AdminWritesNeedTheKey()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        const string body = """{"id": "armistice-1", "title": "Armistice day", "paragraphs": ["Remembrance at the cenotaph."]}""";
        var anonymous = await client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        var created = await client.PostAsync("/api/documents", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=cenotaph");
        Assert.Equal(1, search.GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/documents/armistice-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/documents/armistice-1")).StatusCode);
        search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=cenotaph");
        Assert.Equal(0, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task MalformedDocumentJsonIs400NamingTheProblem()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        var broken = await client.PostAsync("/api/documents", new StringContent("{\"id\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var untitled = await client.PostAsync("/api/documents", new StringContent("""[{"id": "x"}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, untitled.StatusCode);
        Assert.Contains("title", await untitled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminEndpointsAreOffWithoutAConfiguredKey()
    {
        using var factory = new SeedApiFactory().With("SearchService:AdminApiKey", "");
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "anything");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync("/api/documents/x")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheEndpoints()
    {
        using var factory = new SeedApiFactory();
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/documents/{id}", "/api/documents", "/healthz" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task NewBuildIsPickedUpWithoutARestart()
    {
        using var factory = new SeedApiFactory();
        var client = factory.CreateClient();
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/search?q=cenotaph")).GetProperty("total").GetInt32());
        var extra = Directory.CreateTempSubdirectory("searchservice-extra-");
        try
        {
            File.WriteAllText(Path.Combine(extra.FullName, "a.jsonl"), """{"id": "armistice-1", "title": "Armistice day", "paragraphs": ["Remembrance at the cenotaph."]}""");
            new SearchService.Core.Indexing.IndexBuilder().Build([Repository.Seeds, extra.FullName], factory.IndexFolder);
            Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/search?q=cenotaph")).GetProperty("total").GetInt32());
        }
        finally
        {
            extra.Delete(recursive: true);
        }
    }
}

public sealed class IndexStartupTests
{
    [Fact]
    public async Task AnIndexOfThePreviousEngineIsRebuiltFromTheSourcesOnStart()
    {
        using var factory = new SeedApiFactory();
        Directory.CreateDirectory(factory.IndexFolder);
        File.WriteAllText(Path.Combine(factory.IndexFolder, "search-000004.db"), "SQLite format 3\0");
        File.WriteAllText(Path.Combine(factory.IndexFolder, "CURRENT"), "search-000004.db");
        var health = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("gen-", new SearchService.Core.Indexing.IndexLayout(factory.IndexFolder).CurrentName, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(factory.IndexFolder, "search-*.db"));
    }

    [Fact]
    public async Task IndexOfAnotherSchemaVersionIsRebuiltFromTheSourcesOnStart()
    {
        using var factory = new SeedApiFactory();
        var generation = Path.Combine(factory.IndexFolder, "gen-000001");
        using (var directory = Lucene.Net.Store.FSDirectory.Open(generation))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, SearchService.Core.Indexing.IndexSchema.WriterConfig(Lucene.Net.Index.OpenMode.CREATE)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [SearchService.Core.Indexing.IndexSchema.VersionKey] = "lucene-0" });
            writer.Commit();
        }
        File.WriteAllText(Path.Combine(factory.IndexFolder, "CURRENT"), "gen-000001");
        var health = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/healthz");
        Assert.Equal(10, health.GetProperty("documents").GetInt32());
        Assert.NotEqual("gen-000001", new SearchService.Core.Indexing.IndexLayout(factory.IndexFolder).CurrentName);
    }

    [Fact]
    public async Task CorruptIndexIsReported503NotRebuiltOrCrashed()
    {
        using var factory = new SeedApiFactory();
        Directory.CreateDirectory(Path.Combine(factory.IndexFolder, "gen-000001"));
        File.WriteAllText(Path.Combine(factory.IndexFolder, "gen-000001", "segments_1"), new string('x', 8192));
        File.WriteAllText(Path.Combine(factory.IndexFolder, "CURRENT"), "gen-000001");
        var client = factory.CreateClient();
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("not a readable index", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/search?q=peace")).StatusCode);
    }
}
