using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Api.Endpoints;

/// <summary>
/// The body of <c>POST /api/documents</c>: one Document or an array of them. Every document passes
/// <see cref="DocumentValidator"/> before anything is written, so a batch lands whole or not at all, and each problem
/// is named by its JSON path: <c>listingEntries[0].title</c> for one document, <c>[2].listingEntries[0].title</c> in an array.
/// </summary>
internal static class DocumentBody
{
    public sealed record Parsed(IReadOnlyList<Document> Documents, Dictionary<string, string[]> Errors);

    public static Parsed Read(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var documents = new List<Document>();
        var array = root.ValueKind == JsonValueKind.Array;
        var elements = array ? root.EnumerateArray().ToList() : [root];
        if (array && elements.Count == 0) errors[""] = ["the array holds no documents"];
        for (var i = 0; i < elements.Count; i++)
        {
            var prefix = array ? $"[{i}]" : "";
            Document document;
            try
            {
                document = DocumentJson.FromElement(elements[i], "api");
            }
            catch (FormatException e)
            {
                Add(errors, prefix, e.Message);
                continue;
            }
            foreach (var problem in DocumentValidator.Validate(document))
                Add(errors, Join(prefix, problem.Field), $"{Join(prefix, problem.Field)}: {problem.Message}");
            documents.Add(document);
        }
        return new Parsed(documents, errors);
    }

    private static string Join(string prefix, string field) => prefix.Length == 0 ? field : $"{prefix}.{field}";

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
