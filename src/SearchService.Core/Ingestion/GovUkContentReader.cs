using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// A GOV.UK Content Store document (what <c>https://www.gov.uk/api/content/PATH</c> returns): title, description,
/// first_published_at, links.organisations / primary_publishing_organisation (the department), links.people and
/// links.speaker (actors), links.world_locations (nations) and details.body as HTML. Its metadata wins over inference.
/// </summary>
public sealed class GovUkContentReader : IDocumentReader
{
    public string Format => "govuk-content";

    public bool CanRead(SourceFile file)
    {
        // Sniff the head only: a 500 MB JSON Lines corpus must not be read whole to be recognised.
        var head = file.Head.AsSpan();
        return head.TrimStart().StartsWith("{")
               && head.Contains("\"base_path\"", StringComparison.Ordinal)
               && head.Contains("\"document_type\"", StringComparison.Ordinal);
    }

    public IEnumerable<Document> Read(SourceFile file)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(file.Text); }
        catch (JsonException e) { throw new UnreadableSourceException($"GOV.UK content JSON: {e.Message}"); }
        using (json)
        {
            var root = json.RootElement;
            var details = Property(root, "details");
            var links = Property(root, "links");
            var basePath = Text(root, "base_path");
            var url = basePath is null ? null : "https://www.gov.uk" + basePath;
            var body = details is { } d ? Text(d, "body") : null;
            var title = Text(root, "title") ?? throw new UnreadableSourceException("GOV.UK content JSON without a title");
            var date = Text(root, "first_published_at") ?? (details is { } d2 ? Text(d2, "first_public_at") : null) ?? Text(root, "public_updated_at");

            var people = Titles(links, "people").Concat(Titles(links, "speaker")).ToList();
            if (details is { } d3 && Text(d3, "speaker_without_profile") is { } unprofiled) people.Add(unprofiled);

            yield return new Document
            {
                Id = url is null ? DocumentIds.FromFileName(file.Stem) : DocumentIds.FromUrl(url),
                Title = title,
                Summary = Text(root, "description"),
                Url = url,
                Date = date is { Length: >= 10 } ? date[..10] : null,
                Department = Titles(links, "primary_publishing_organisation").Concat(Titles(links, "organisations")).FirstOrDefault(),
                Source = file.Path,
                Paragraphs = (body is null ? [] : HtmlParagraphs.Paragraphs(body)).Select((p, i) => new Paragraph(i, p)).ToList(),
                Actors = people.Distinct(StringComparer.Ordinal).ToList(),
                // World locations also hold missions and offices ("UK Mission to the United Nations, New York").
                Nations = Titles(links, "world_locations").Where(t => !t.Contains(',', StringComparison.Ordinal) && t.Split(' ').Length <= 4).ToList(),
            };
        }
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } s ? s : null;

    private static IEnumerable<string> Titles(JsonElement? links, string relation)
    {
        if (links is not { } l || Property(l, relation) is not { ValueKind: JsonValueKind.Array } items) yield break;
        foreach (var item in items.EnumerateArray())
        {
            if (Text(item, "title") is { } title) yield return title;
        }
    }
}
