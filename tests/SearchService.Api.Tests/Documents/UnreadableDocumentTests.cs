using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchService.Api.Tests.TestSupport;
using SearchService.Core.Indexing;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Documents;

/// <summary>
/// A document whose stored copy no longer reads back (damage, or a write of an older program: every way in validates
/// today) is reported and can be deleted; it never turns a search or a read into a 500.
/// </summary>
public sealed class UnreadableDocumentTests
{
    [Fact]
    public async Task AnUnreadableStoredDocumentIsReportedSearchableAndDeletable()
    {
        using var factory = new SeedApiFactory();
        new IndexBuilder().Build([Repository.Seeds], factory.IndexFolder);
        using (var index = SearchIndex.Open(factory.IndexFolder, writable: true))
        {
            // The block a build writes, with its stored JSON damaged.
            var document = new Core.Documents.Document { Id = "damaged-1", Title = "Zebrafish report", Paragraphs = [new Core.Documents.Paragraph(0, "Zebrafish counts rose.")] };
            var block = UnitRecords.Block(document, 1L << 40, StoredDocument.Hash(document));
            var record = block[^1];
            record.RemoveField(IndexFields.Json);
            record.Add(new StoredField(IndexFields.Json, "{\"id\": \"damaged-1\", \"title\": "));
            index.Writer!.AddDocuments(block);
            index.Writer.Commit();
            index.Refresh();
            Assert.Equal(1, index.Stats().UnreadableDocuments);
        }

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", SeedApiFactory.AdminKey);
        var get = await client.GetAsync("/api/documents/damaged-1");
        Assert.Equal(HttpStatusCode.Conflict, get.StatusCode);
        Assert.Contains("cannot be read back", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var type in new[] { "documents", "paragraphs" })
        {
            var search = await client.GetAsync($"/api/search?q=zebrafish&type={type}");
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(1, (await search.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=&sort=newest&pageSize=100")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/documents/damaged-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/damaged-1")).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/search?q=zebrafish")).GetProperty("total").GetInt32());
    }
}
