using System.Text;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>A file that was not read, and why: the indexer names each one in its report.</summary>
public sealed record SkippedFile(string Path, string Reason);

/// <summary>
/// Walks source folders and files, hands each file to the first reader that accepts it, and records every
/// file it had to skip instead of failing the run.
/// </summary>
public sealed class SourceScanner(IReadOnlyList<IDocumentReader>? readers = null)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = readers ?? DocumentReaders.All;
    private readonly List<SkippedFile> _skipped = [];

    public IReadOnlyList<SkippedFile> Skipped => _skipped;

    public int FilesRead { get; private set; }

    /// <summary>Every file under the given paths (folders recursively, in a stable order).</summary>
    public static IEnumerable<string> EnumerateFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path)) { yield return path; continue; }
            if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"source not found: {path}");
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var file in files) yield return file;
        }
    }

    public IEnumerable<Document> Read(IEnumerable<string> paths)
    {
        foreach (var path in EnumerateFiles(paths))
            foreach (var document in ReadFile(path))
                yield return document;
    }

    /// <summary>Reads one file, streaming its documents; a failure part-way keeps what came before and names the file.</summary>
    public IEnumerable<Document> ReadFile(string path)
    {
        SourceFile file;
        IEnumerator<Document> documents;
        try
        {
            file = SourceFile.Load(path);
            var reader = _readers.FirstOrDefault(r => r.CanRead(file))
                ?? throw new UnreadableSourceException("no reader recognises this format");
            documents = reader.Read(file).GetEnumerator();
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            _skipped.Add(new SkippedFile(path, e.Message));
            yield break;
        }
        using (documents)
        {
            int count = 0, yielded = 0;
            while (true)
            {
                try
                {
                    if (!documents.MoveNext()) break;
                }
                catch (Exception e) when (IsInputProblem(e))
                {
                    _skipped.Add(new SkippedFile(path, count == 0 ? e.Message : $"{e.Message} (after {count} documents)"));
                    yield break;
                }
                count++;
                // Every reader's documents pass the one validation before the index sees them (JSON Lines has already
                // named its bad lines): a document that fails is skipped and named, the rest of the file is read.
                var problems = DocumentValidator.Validate(documents.Current);
                if (problems.Count > 0)
                {
                    _skipped.Add(new SkippedFile(path, $"document {count}{IdOf(documents.Current)}: {string.Join("; ", problems)}"));
                    continue;
                }
                yielded++;
                yield return documents.Current;
            }
            foreach (var problem in file.Problems) _skipped.Add(new SkippedFile(path, problem));
            if (count == 0 && file.Problems.Count == 0) _skipped.Add(new SkippedFile(path, "no documents found"));
            if (yielded > 0) FilesRead++;
        }
    }

    private static string IdOf(Document document) =>
        DocumentIdRules.IsValid(document.Id) ? $" (\"{document.Id}\")" : "";

    private static bool IsInputProblem(Exception e) =>
        e is UnreadableSourceException or IOException or UnauthorizedAccessException or FormatException
            or System.Text.Json.JsonException or System.Xml.XmlException or DecoderFallbackException;
}
