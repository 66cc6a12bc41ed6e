using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SearchService.Api.Tests.TestSupport;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Lifecycle;

/// <summary>
/// Documents written through the API are kept in the additions log that every build replays, and a generation
/// published after a write replays what it missed: a rebuild never loses a document posted or deleted by hand.
/// </summary>
public sealed class RebuildWhileWritingTests
{
    private static HttpClient Admin(SeedApiFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        return client;
    }

    private static async Task Post(HttpClient client, string id, string word) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/documents",
            new { id, title = $"Note {id}", paragraphs = new[] { $"A {word} at the cenotaph." } })).StatusCode);

    private static async Task<int> Total(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task DocumentsWrittenBeforeAndDuringARebuildAreInTheNewIndex()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);
        await Post(client, "before-build", "wreath");
        var seedDocument = "000_cbee4cda902ec7c9";
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/documents/{seedDocument}")).StatusCode);
        var first = new IndexLayout(factory.IndexFolder).CurrentGeneration;

        // The build has read its sources and the log; in the moment before it publishes, one more document is posted
        // and one more deleted (they land in the old generation and in the log).
        var builder = new IndexBuilder
        {
            BeforePublish = _ =>
            {
                Post(client, "during-build", "poppy").GetAwaiter().GetResult();
                Assert.Equal(HttpStatusCode.NoContent, client.DeleteAsync("/api/documents/before-build").GetAwaiter().GetResult().StatusCode);
            },
        };
        var report = builder.Build([Repository.Seeds], factory.IndexFolder);
        Assert.Equal(2, report.LogEntries); // the post and the delete before the build

        Assert.NotEqual(first, new IndexLayout(factory.IndexFolder).CurrentGeneration);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/documents/during-build")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/before-build")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{seedDocument}")).StatusCode);
        Assert.Equal(1, await Total(client, "poppy"));
        Assert.Equal(0, await Total(client, "wreath"));
        Assert.Equal(8 + 1 + 1, (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task DocumentsPostedWhileALongBuildRunsAreAllFoundAfterIt()
    {
        using var factory = new SeedApiFactory();
        var client = Admin(factory);
        using var corpus = new TempFolder();
        var lines = Enumerable.Range(0, 6000).Select(i =>
            $$"""{"id": "bulk-{{i}}", "title": "Bulk release {{i}}", "date": "2024-01-01", "paragraphs": ["Tariffs and trade, part {{i}}.", "Shipping lanes {{i}}."]}""");
        var source = corpus.File("bulk.jsonl", string.Join('\n', lines));

        var build = Task.Run(() => new IndexBuilder().Build([Repository.Seeds, source], factory.IndexFolder));
        var posted = 0;
        while (!build.IsCompleted || posted < 3)
            await Post(client, $"live-{posted++}", "lily");
        await build;

        Assert.True(posted >= 3);
        Assert.Equal(posted, await Total(client, "lily"));
        Assert.Equal(6000, await Total(client, "tariffs"));
    }
}
