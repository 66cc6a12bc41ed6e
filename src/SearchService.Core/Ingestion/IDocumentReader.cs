using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// One source format. Readers are asked in order; the first whose <see cref="CanRead"/> accepts the file's
/// content reads it. A new format is one more class registered in <see cref="DocumentReaders"/>.
/// </summary>
public interface IDocumentReader
{
    /// <summary>A short name for reports, e.g. "jsonl".</summary>
    string Format { get; }

    /// <summary>Decides from content (and, only as a hint, the extension) whether this reader understands the file.</summary>
    bool CanRead(SourceFile file);

    /// <summary>Reads the documents of the file; throws <see cref="UnreadableSourceException"/> for input it cannot use.</summary>
    IEnumerable<Document> Read(SourceFile file);
}
