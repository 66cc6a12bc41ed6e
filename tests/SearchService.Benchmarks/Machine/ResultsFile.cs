using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchService.Benchmarks.Machine;

/// <summary>Appends one JSON object per measurement to a JSON Lines file, so runs can be compared later.</summary>
internal static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Append(string path, object record)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.AppendAllText(path, JsonSerializer.Serialize(record, record.GetType(), Json) + "\n");
    }
}
