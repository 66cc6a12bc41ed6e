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

    /// <summary>
    /// Maps one JSON object to a Document. A missing id or title becomes "" rather than an error, so that reading
    /// never throws on a stored document: whether a document may be written is <see cref="DocumentValidator"/>'s to
    /// say, before the write, naming the field. Throws <see cref="FormatException"/> only for what is not a document
    /// at all (not an object, text that is not valid UTF-16).
    /// </summary>
    public static Document FromElement(JsonElement e, string? source)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new FormatException("a document must be a JSON object");
        try
        {
            return Map(e, source);
        }
        catch (InvalidOperationException problem)
        {
            // JsonElement.GetString refuses escapes that decode to lone surrogates ("\ud800"): no text can hold them.
            throw new FormatException($"a string is not valid UTF-16 text ({problem.Message})", problem);
        }
    }

    private static Document Map(JsonElement e, string? source)
    {
        var url = String(e, "url");
        var id = String(e, "id") ?? (url is null ? null : DocumentIds.FromUrl(url));
        return new Document
        {
            Id = id ?? "",
            Kind = String(e, "kind") ?? DocumentKind.Article,
            Title = String(e, "title") ?? "",
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
