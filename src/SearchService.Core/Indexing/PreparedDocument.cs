using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// A document with the CPU-heavy parts of writing it already done (compressed stored copy, content hash,
/// distinct surface words), so a build can compute them on every core while its single writer inserts.
/// </summary>
public sealed record PreparedDocument(Document Document, byte[] Hash, byte[] Stored, string[] Words)
{
    public static PreparedDocument From(Document document) => new(
        document,
        StoredDocument.Hash(document),
        StoredDocument.Compress(document),
        SurfaceWords.Distinct(string.Join('\n', new[] { document.Title, document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text)))).ToArray());
}
