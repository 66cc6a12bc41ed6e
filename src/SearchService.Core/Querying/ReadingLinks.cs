namespace SearchService.Core.Querying;

/// <summary>
/// The link for a person: the service's reading view of a document (<c>/read/{id}</c>, relative to the service), which
/// redirects to the demo page with the document open. A hit's <c>url</c> stays the department's own page.
/// </summary>
public static class ReadingLinks
{
    public const string Prefix = "/read/";

    // Ids are written unescaped (DocumentIdRules); an older index's id with '/' is escaped as GET /api/documents takes it.
    public static string For(string documentId) => Prefix + Uri.EscapeDataString(documentId);
}
