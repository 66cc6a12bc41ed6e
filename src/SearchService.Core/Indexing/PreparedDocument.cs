using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Indexing;

/// <summary>
/// A document with the CPU-heavy parts of writing it already done (compressed stored copy, content hash,
/// distinct surface words and, for a build, its tokens), so a build can compute them on every core while its
/// single writer inserts.
/// </summary>
internal sealed record PreparedDocument(Document Document, byte[] Hash, byte[] Stored, string[] Words)
{
    /// <summary>FTS5's tokens of every text, for a build's postings (null for a live write, which FTS5 tokenizes).</summary>
    public DocumentTokens? Tokens { get; init; }

    public static PreparedDocument From(Document document) => new(
        document,
        StoredDocument.Hash(document),
        StoredDocument.Compress(document),
        SurfaceWords.Distinct(string.Join('\n', new[] { document.Title, document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text)))).ToArray());

    public static PreparedDocument ForBuild(Document document) => From(document) with { Tokens = DocumentTokens.Of(document) };
}
