using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// Already-structured documents: JSON Lines, one contract Document per line (as gen-corpus.py writes them),
/// or one JSON array of Documents (as <c>extract</c> prints them). A bad line is reported, not fatal.
/// </summary>
public sealed class JsonLinesReader : IDocumentReader
{
    public string Format => "jsonl";

    public bool CanRead(SourceFile file)
    {
        var first = file.FirstLine;
        if (first.StartsWith('[')) return true;
        if (!first.StartsWith('{')) return false;
        try
        {
            using var doc = JsonDocument.Parse(first);
            return doc.RootElement.TryGetProperty("title", out _);
        }
        catch (JsonException)
        {
            return false; // pretty-printed JSON of another shape
        }
    }

    public IEnumerable<Document> Read(SourceFile file)
    {
        if (file.FirstLine.StartsWith('['))
        {
            using var array = Parse(file.Text, file.Path);
            foreach (var element in array.RootElement.EnumerateArray())
                yield return DocumentJson.FromElement(element, file.Path);
            yield break;
        }
        var lineNo = 0;
        foreach (var raw in file.Text.Split('\n'))
        {
            lineNo++;
            if (raw.Trim().Length == 0) continue;
            Document document;
            try
            {
                using var line = JsonDocument.Parse(raw);
                document = DocumentJson.FromElement(line.RootElement, file.Path);
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw new UnreadableSourceException($"line {lineNo}: {e.Message}");
            }
            yield return document;
        }
    }

    private static JsonDocument Parse(string text, string path)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException e) { throw new UnreadableSourceException($"{Path.GetFileName(path)}: {e.Message}"); }
    }
}
