using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Indexing;

/// <summary>One write that did not come from a build's sources: documents added or replaced, or ids deleted.</summary>
public abstract record LogEntry;

public sealed record UpsertEntry(IReadOnlyList<Document> Documents) : LogEntry;

public sealed record DeleteEntry(IReadOnlyList<string> Ids) : LogEntry;

/// <summary>
/// Every document added or deleted through <c>add</c>, <c>delete</c> or the API, one JSON line per batch, appended and
/// synced to disk before the index is changed. It does two jobs: every build replays it after its sources, so a rebuild
/// (even one that was running while the document was posted) never loses what was added by hand; and an index
/// generation records how many entries it holds (<see cref="IndexSchema.AppliedKey"/>), so whoever opens it for
/// writing replays the rest — after a crash between the sync and the index commit, or when a build was published
/// after the entry was written. Only the holder of the index's write lock appends.
/// </summary>
public sealed class AdditionsLog(string path)
{
    public string Path { get; } = path;

    /// <summary>How many complete entries the log holds.</summary>
    public int Count()
    {
        if (!File.Exists(Path)) return 0;
        var count = 0;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) count += buffer.AsSpan(0, read).Count((byte)'\n');
        return count;
    }

    /// <summary>The complete entries after the first <paramref name="skip"/>; a line cut by a crash is not an entry.</summary>
    public IEnumerable<LogEntry> Read(int skip = 0)
    {
        if (!File.Exists(Path)) yield break;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        var lines = text.Split('\n');
        // The last piece has no newline after it: empty, or a line whose append was cut.
        for (var i = skip; i < lines.Length - 1; i++)
            if (Parse(lines[i]) is { } entry) yield return entry;
    }

    public void Append(LogEntry entry)
    {
        var line = Encoding.UTF8.GetBytes(Serialize(entry) + "\n");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        DropCutLine(stream);
        stream.Seek(0, SeekOrigin.End);
        stream.Write(line);
        stream.Flush(flushToDisk: true);
    }

    // A crash in the middle of an append leaves a line without its newline; the next append would glue onto it.
    private static void DropCutLine(FileStream stream)
    {
        var length = stream.Length;
        if (length == 0) return;
        stream.Seek(-1, SeekOrigin.End);
        if (stream.ReadByte() == '\n') return;
        var end = length - 1;
        var one = new byte[1];
        while (end > 0)
        {
            stream.Seek(end - 1, SeekOrigin.Begin);
            stream.ReadExactly(one);
            if (one[0] == '\n') break;
            end--;
        }
        stream.SetLength(end);
    }

    private static string Serialize(LogEntry entry)
    {
        var node = new JsonObject();
        switch (entry)
        {
            case UpsertEntry upsert:
                node["op"] = "upsert";
                node["documents"] = new JsonArray(upsert.Documents.Select(d => (JsonNode?)AsSupplied(d)).ToArray());
                break;
            case DeleteEntry delete:
                node["op"] = "delete";
                node["ids"] = new JsonArray(delete.Ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
                break;
        }
        return node.ToJsonString(DocumentJson.Options);
    }

    // Lists the source did not supply are left out, so that a replay enriches the document exactly as the first write did.
    private static JsonNode AsSupplied(Document document)
    {
        var node = JsonSerializer.SerializeToNode(document, DocumentJson.Options)!.AsObject();
        if (!document.Supplied.HasFlag(SuppliedFacets.Actors)) node.Remove("actors");
        if (!document.Supplied.HasFlag(SuppliedFacets.Nations)) node.Remove("nations");
        if (!document.Supplied.HasFlag(SuppliedFacets.Organisations)) node.Remove("organisations");
        return node;
    }

    private static LogEntry? Parse(string line)
    {
        if (line.Length == 0) return null;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return root.GetProperty("op").GetString() switch
            {
                "upsert" => new UpsertEntry(root.GetProperty("documents").EnumerateArray()
                    .Select(e => DocumentJson.FromElement(e, source: null)).ToList()),
                "delete" => new DeleteEntry(root.GetProperty("ids").EnumerateArray().Select(e => e.GetString() ?? "").ToList()),
                _ => null,
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // not ours, or damaged: skipped rather than stopping every later entry
        }
    }
}
