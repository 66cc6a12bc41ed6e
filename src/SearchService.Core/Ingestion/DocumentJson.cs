using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// The contract's Document JSON in both directions. Reading is lenient where real feeds differ
/// (paragraphs as plain strings, as gen-corpus.py writes them; missing optional fields); writing is exact.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Document document) => JsonSerializer.Serialize(document, Options);

    public static byte[] SerializeToUtf8(Document document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    public static Document Deserialize(ReadOnlySpan<byte> utf8) => FromElement(JsonDocument.Parse(utf8.ToArray()).RootElement, source: null);

    /// <summary>Maps one JSON object to a Document; throws <see cref="FormatException"/> naming what is missing or wrong.</summary>
    public static Document FromElement(JsonElement e, string? source)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new FormatException("a document must be a JSON object");
        var title = String(e, "title");
        var url = String(e, "url");
        var id = String(e, "id") ?? (url is null ? null : DocumentIds.FromUrl(url));
        if (string.IsNullOrWhiteSpace(id)) throw new FormatException("document has no \"id\" and no \"url\"");
        if (string.IsNullOrWhiteSpace(title)) throw new FormatException($"document \"{id}\" has no \"title\"");
        return new Document
        {
            Id = id,
            Kind = String(e, "kind") ?? DocumentKind.Article,
            Title = title,
            Summary = String(e, "summary"),
            Url = url,
            Date = String(e, "date"),
            DateInferred = Bool(e, "dateInferred"),
            Department = String(e, "department"),
            DepartmentInferred = Bool(e, "departmentInferred"),
            Source = source ?? String(e, "source") ?? "",
            Paragraphs = Paragraphs(e),
            Quotes = Array(e, "quotes").Select((q, i) => new Quote(
                Int(q, "index") ?? i, Int(q, "paragraph") ?? 0, String(q, "speaker"), String(q, "text") ?? "")).ToList(),
            Actors = Strings(e, "actors"),
            Nations = Strings(e, "nations"),
            Organisations = Strings(e, "organisations"),
            Supplied = (IsArray(e, "actors") ? SuppliedFacets.Actors : 0)
                | (IsArray(e, "nations") ? SuppliedFacets.Nations : 0)
                | (IsArray(e, "organisations") ? SuppliedFacets.Organisations : 0),
            ListingEntries = Array(e, "listingEntries").Select(l => new ListingEntry(
                String(l, "title") ?? "", String(l, "published"), String(l, "summary"), String(l, "department"))).ToList(),
        };
    }

    private static List<Paragraph> Paragraphs(JsonElement e) =>
        Array(e, "paragraphs").Select((p, i) => p.ValueKind == JsonValueKind.String
            ? new Paragraph(i, p.GetString() ?? "")
            : new Paragraph(Int(p, "index") ?? i, String(p, "text") ?? "")).ToList();

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    private static bool IsArray(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array;

    private static List<string> Strings(JsonElement e, string name) =>
        Array(e, name).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static int? Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;
}
