using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// Already-structured documents: JSON Lines, one contract Document per line (as gen-corpus.py writes them),
/// streamed line by line; or one JSON array of Documents (as <c>extract</c> prints them). A bad line is
/// reported as a problem of the file and skipped; the lines around it are still indexed.
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

    public IEnumerable<Document> Read(SourceFile file) =>
        file.FirstLine.StartsWith('[') ? ReadArray(file) : ReadLines(file);

    private static IEnumerable<Document> ReadArray(SourceFile file)
    {
        JsonDocument array;
        try { array = JsonDocument.Parse(file.Text); }
        catch (JsonException e) { throw new UnreadableSourceException($"not a JSON array of documents: {e.Message}"); }
        using (array)
        {
            var i = 0;
            foreach (var element in array.RootElement.EnumerateArray())
            {
                i++;
                Document? document = null;
                try { document = DocumentValidator.EnsureValid(DocumentJson.FromElement(element, file.Path)); }
                catch (FormatException e) { file.ReportProblem($"item {i}: {e.Message}"); }
                if (document is not null) yield return document;
            }
        }
    }

    private static IEnumerable<Document> ReadLines(SourceFile file)
    {
        using var reader = file.OpenText();
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            Document? document = null;
            try
            {
                using var line = JsonDocument.Parse(raw);
                document = DocumentValidator.EnsureValid(DocumentJson.FromElement(line.RootElement, file.Path));
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                file.ReportProblem($"line {lineNo}: {e.Message}");
            }
            if (document is not null) yield return document;
        }
    }
}
