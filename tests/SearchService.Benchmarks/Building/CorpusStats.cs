using System.Text.Json;

namespace SearchService.Benchmarks.Building;

/// <summary>Size of a gen-corpus.py JSONL file, counted the way the anchor counts it: text = title + summary +
/// paragraphs, each once, in characters.</summary>
internal sealed record CorpusStats(int Documents, int Paragraphs, long TextChars, long FileBytes)
{
    /// <summary>Streams the file line by line so that counting does not raise the peak RSS of the build it precedes.</summary>
    public static CorpusStats Count(string path)
    {
        int documents = 0, paragraphs = 0;
        long chars = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            documents++;
            chars += Length(root, "title") + Length(root, "summary");
            if (root.TryGetProperty("paragraphs", out var ps) && ps.ValueKind == JsonValueKind.Array)
            {
                foreach (var p in ps.EnumerateArray())
                {
                    paragraphs++;
                    chars += p.ValueKind == JsonValueKind.String ? p.GetString()!.Length : Length(p, "text");
                }
            }
        }
        return new CorpusStats(documents, paragraphs, chars, new FileInfo(path).Length);
    }

    private static int Length(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Length : 0;
}
