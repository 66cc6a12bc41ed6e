using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Conformance;

/// <summary>The served OpenAPI document says what generated clients need (issue 14 §2), and the checker that every
/// other test relies on does catch an answer that drifts from it.</summary>
public sealed class OpenApiDocumentTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private async Task<JsonElement> DocumentAsync() => await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static JsonElement Parameter(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

    [Fact]
    public async Task ParametersAreCamelCaseAndTypedAsTheyAreMeant()
    {
        var search = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");
        Assert.Equal(["q", "type", "department", "actor", "nation", "speaker", "from", "to", "sort", "page", "pageSize", "facets", "facetLimit", "dateInterval", "collapse", "cursor", "snippetWords", "explain"],
            search.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("integer", Parameter(search, "pageSize").GetProperty("type").GetString());
        Assert.Equal(100, Parameter(search, "pageSize").GetProperty("maximum").GetInt32());
        Assert.Equal("boolean", Parameter(search, "collapse").GetProperty("type").GetString());
        Assert.Equal("date", Parameter(search, "from").GetProperty("format").GetString());
        Assert.Equal(["documents", "paragraphs", "quotes"], Parameter(search, "type").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["relevance", "newest", "oldest"], Parameter(search, "sort").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task NumbersAreNumbersNotNumbersOrStrings()
    {
        var total = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").GetProperty("SearchResponse").GetProperty("properties").GetProperty("total");
        Assert.Equal("integer", total.GetProperty("type").GetString());
        Assert.False(total.TryGetProperty("pattern", out _));
    }

    [Fact]
    public async Task AdminOperationsNeedTheApiKeySchemeAndOperationIdsAreUnique()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AdminApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();
        var admin = operations.Where(o => o.Operation.TryGetProperty("security", out _)).Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal);
        Assert.Equal(["delete /api/documents/{id}", "post /api/documents"], admin);
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("SearchHead", ids);
        var post = document.GetProperty("paths").GetProperty("/api/documents").GetProperty("post");
        Assert.Equal(["201", "400", "401", "403", "413", "415", "503"], post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(2, post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("oneOf").GetArrayLength());
    }

    [Fact]
    public async Task TheServerHasNoTrailingSlashAndTagsAndLicenceAreDescribed()
    {
        var document = await DocumentAsync();
        Assert.All(document.GetProperty("servers").EnumerateArray(), s => Assert.False(s.GetProperty("url").GetString()!.EndsWith('/')));
        Assert.All(document.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("license").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task TheCheckerCatchesAnAnswerThatDriftsFromTheDocument()
    {
        var conformance = new OpenApiConformance(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var real = await (await factory.CreateClient().GetAsync("/api/search?q=ceasefire")).Content.ReadAsByteArrayAsync();
        Assert.Null(conformance.Check(new RecordedExchange("GET", "/api/search", 200, "application/json; charset=utf-8", real)));
        Assert.Contains("not documented", conformance.Check(new RecordedExchange("GET", "/api/search", 418, "application/json", real)), StringComparison.Ordinal);
        var withoutTotal = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(real).Replace("\"total\":", "\"totalHits\":", StringComparison.Ordinal));
        Assert.Contains("does not match", conformance.Check(new RecordedExchange("GET", "/api/search", 200, "application/json", withoutTotal)), StringComparison.Ordinal);
        Assert.Contains("not among", conformance.Check(new RecordedExchange("GET", "/api/documents/x", 404, "text/plain", real)), StringComparison.Ordinal);
        Assert.NotNull(conformance.Check(new RecordedExchange("DELETE", "/api/search", 200, "application/json", real)));
    }

    [Fact]
    public async Task TheApiReferencePageIsServed()
    {
        var page = await factory.CreateClient().GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("SearchService API reference", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
