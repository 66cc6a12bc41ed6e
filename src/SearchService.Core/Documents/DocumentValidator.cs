using System.Globalization;

namespace SearchService.Core.Documents;

/// <summary>
/// The one check every way in runs before a document reaches the index (<c>POST /api/documents</c>, every reader of
/// <c>build</c> and <c>add</c>, JSON Lines): a document that passes can be stored, read back, searched and deleted.
/// It refuses what the index could store but not serve back (a listing entry without a title becomes a document
/// without one), what would make two units share an id (paragraph and quotation numbers that are not their
/// positions), and dates the facets could not place. Blank optional values are not refused: enrichment drops them.
/// </summary>
public static class DocumentValidator
{
    public static IReadOnlyList<DocumentProblem> Validate(Document document)
    {
        var problems = new List<DocumentProblem>();
        void Problem(string field, string message) => problems.Add(new DocumentProblem(field, message));

        if (string.IsNullOrWhiteSpace(document.Id)) Problem("id", "must not be blank (or give a url to derive it from)");
        else if (!DocumentIdRules.IsValid(document.Id)) Problem("id", $"must be {DocumentIdRules.Description}, not '{Shorten(document.Id)}'");
        if (document.Kind is not (DocumentKind.Article or DocumentKind.Listing)) Problem("kind", $"must be article or listing, not '{Shorten(document.Kind)}'");
        if (string.IsNullOrWhiteSpace(document.Title)) Problem("title", "must not be blank");
        if (document.Date is not null && !IsDate(document.Date)) Problem("date", $"must be a real date YYYY-MM-DD, not '{Shorten(document.Date)}'");

        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            if (paragraph.Index != i) Problem($"paragraphs[{i}].index", $"must be {i}, its position (it is {paragraph.Index})");
        }
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            if (quote.Index != i) Problem($"quotes[{i}].index", $"must be {i}, its position (it is {quote.Index})");
            if (string.IsNullOrWhiteSpace(quote.Text)) Problem($"quotes[{i}].text", "must not be blank");
            if (quote.Paragraph < 0 || quote.Paragraph >= document.Paragraphs.Count)
                Problem($"quotes[{i}].paragraph", $"must be the index of one of the {document.Paragraphs.Count} paragraphs, not {quote.Paragraph}");
            if (quote.Speaker is not null && string.IsNullOrWhiteSpace(quote.Speaker)) Problem($"quotes[{i}].speaker", "must be a name or null, not blank");
        }
        for (var i = 0; i < document.ListingEntries.Count; i++)
        {
            var entry = document.ListingEntries[i];
            if (string.IsNullOrWhiteSpace(entry.Title)) Problem($"listingEntries[{i}].title", "must not be blank");
            if (entry.Published is not null && !IsPublished(entry.Published))
                Problem($"listingEntries[{i}].published", $"must be YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS, not '{Shorten(entry.Published)}'");
        }
        return problems;
    }

    /// <summary>Throws <see cref="FormatException"/> listing every problem: for readers, whose callers skip and name what throws.</summary>
    public static Document EnsureValid(Document document)
    {
        var problems = Validate(document);
        if (problems.Count == 0) return document;
        var id = DocumentIdRules.IsValid(document.Id) ? $"document \"{document.Id}\": " : "";
        throw new FormatException(id + string.Join("; ", problems));
    }

    private static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsPublished(string text) =>
        IsDate(text) || (text.Length == 19 && DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
