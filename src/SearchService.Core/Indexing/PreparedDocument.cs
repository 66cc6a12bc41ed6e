using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Postings;

namespace SearchService.Core.Indexing;

/// <summary>
/// A document with the CPU-heavy parts of writing it already done (compressed stored copy, content hash,
/// distinct surface words and, for a build, its postings), so a build can compute them on every core while its
/// single writer inserts.
/// </summary>
internal sealed record PreparedDocument(Document Document, byte[] Hash, byte[] Stored, string[] Words)
{
    /// <summary>The document's postings, for a build (null for a live write, which goes to FTS5).</summary>
    public DocumentPostings? Postings { get; init; }

    public static PreparedDocument From(Document document) => new(
        document,
        StoredDocument.Hash(document),
        StoredDocument.Compress(document),
        SurfaceWords.Distinct(new[] { document.Title, document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text))).ToArray());

    public static PreparedDocument ForBuild(Document document) => From(document) with { Postings = DocumentPostings.Encode(DocumentTokens.Of(document)) };
}
