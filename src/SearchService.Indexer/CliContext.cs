using System.Text.Json;
using SearchService.Core.Ingestion;

namespace SearchService.Indexer;

/// <summary>Where a command writes; tests pass string writers and read what a user would see.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool Interactive)
{
    public static JsonSerializerOptions Json { get; } = new(DocumentJson.Options) { WriteIndented = true };

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, Json));
}
