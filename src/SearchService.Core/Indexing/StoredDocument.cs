using System.Security.Cryptography;
using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Indexing;

/// <summary>
/// The stored copy of a document: its contract JSON, kept once on the document record (Lucene compresses stored
/// fields in LZ4 blocks). Snippets, <c>GET /api/documents/{id}</c> and unit hits read their text from here: paragraph
/// and quote records store nothing.
/// </summary>
public static class StoredDocument
{
    public static string Json(Document document) => DocumentJson.Serialize(document);

    /// <summary>The document stored as <paramref name="json"/>, or null when it cannot be read back (never throws).</summary>
    public static Document? TryDecode(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return DocumentJson.FromElement(parsed.RootElement, source: null);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>What decides "unchanged" for <c>add</c>: the document's content, not where it was read from.</summary>
    public static byte[] Hash(Document document) =>
        SHA256.HashData(DocumentJson.SerializeToUtf8(document with { Source = "" }));

    /// <summary>The body of the document level: paragraphs in order, one per line.</summary>
    public static string Body(Document document) => string.Join('\n', document.Paragraphs.Select(p => p.Text));
}
