using System.Text.Json;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Enrichment;

public sealed class DumpTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Dump()
    {
        foreach (var f in new[] { "000_cbee4cda902ec7c9.txt", "002_ae71211020e9c540.txt" })
            output.WriteLine(JsonSerializer.Serialize(SeedDocuments.Read(f), Options));
    }
}
