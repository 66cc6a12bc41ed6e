using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>The checks one entry of expected/seeds.json makes on the document read from its file.</summary>
public static class SeedChecks
{
    /// <summary>Each check by name, with whether the document passes it.</summary>
    public static IEnumerable<(string Name, bool Passed)> For(JsonElement expected, Document doc, IReadOnlyList<Document> all)
    {
        if (expected.TryGetProperty("title", out var title)) yield return ("title", Accepts(title, doc.Title));
        if (expected.TryGetProperty("summary", out var summary)) yield return ("summary", summary.GetString() == doc.Summary);
        if (expected.TryGetProperty("date", out var date))
        {
            yield return ("date", Accepts(date, doc.Date));
            yield return ("dateInferred", date.GetProperty("inferred").GetBoolean() == doc.DateInferred);
        }
        if (expected.TryGetProperty("department", out var department))
        {
            yield return ("department", Accepts(department, doc.Department));
            if (doc.Department is not null)
                yield return ("departmentInferred", department.GetProperty("inferred").GetBoolean() == doc.DepartmentInferred);
        }
        if (expected.TryGetProperty("url", out var url)) yield return ("url", url.ValueKind == JsonValueKind.Null ? doc.Url is null : url.GetString() == doc.Url);
        if (expected.TryGetProperty("paragraphCount", out var count)) yield return ("paragraphCount", count.GetInt32() == doc.Paragraphs.Count);
        if (expected.TryGetProperty("paragraphsStartWith", out var starts))
        {
            var i = 0;
            foreach (var start in starts.EnumerateArray())
            {
                var index = i++;
                yield return ($"paragraph {index} starts with \"{start.GetString()}\"",
                    index < doc.Paragraphs.Count && doc.Paragraphs[index].Text.StartsWith(start.GetString()!, StringComparison.Ordinal));
            }
        }
        var body = string.Join("\n", doc.Paragraphs.Select(p => p.Text));
        foreach (var text in Strings(expected, "textNotInBody"))
            yield return ($"\"{text}\" not in body", !body.Contains(text, StringComparison.Ordinal));
        if (expected.TryGetProperty("actors", out var actors))
        {
            var wanted = actors.EnumerateArray().ToList();
            foreach (var actor in wanted) yield return ($"actor {actor}", AnyOf(actor).Any(doc.Actors.Contains));
            yield return ($"no other actors than expected ({string.Join(", ", doc.Actors)})", doc.Actors.Count == wanted.Count);
        }
        foreach (var actor in Strings(expected, "actorsNot")) yield return ($"not actor {actor}", !doc.Actors.Contains(actor));
        if (expected.TryGetProperty("nations", out var nations))
        {
            var wanted = nations.EnumerateArray().Select(n => n.GetString()!).ToList();
            yield return ($"nations exactly {string.Join(", ", wanted)} (got {string.Join(", ", doc.Nations)})",
                wanted.Order(StringComparer.Ordinal).SequenceEqual(doc.Nations.Order(StringComparer.Ordinal)));
        }
        foreach (var nation in Strings(expected, "nationsNot")) yield return ($"not nation {nation}", !doc.Nations.Contains(nation));
        foreach (var organisation in Strings(expected, "organisations"))
            yield return ($"organisation {organisation}", doc.Organisations.Contains(organisation));
        if (expected.TryGetProperty("quotes", out var quotes))
        {
            var wanted = quotes.EnumerateArray().ToList();
            yield return ($"{wanted.Count} quotes (got {doc.Quotes.Count})", wanted.Count == doc.Quotes.Count);
            for (var q = 0; q < wanted.Count; q++)
            {
                var quote = q < doc.Quotes.Count ? doc.Quotes[q] : null;
                var startsWith = wanted[q].GetProperty("startsWith").GetString()!;
                var endsWith = wanted[q].GetProperty("endsWith").GetString()!;
                var speaker = wanted[q].GetProperty("speaker").GetString();
                yield return ($"quote {q} \"{startsWith}\"", quote is not null
                    && quote.Text.StartsWith(startsWith, StringComparison.Ordinal) && quote.Text.EndsWith(endsWith, StringComparison.Ordinal));
                yield return ($"quote {q} speaker {speaker} (got {quote?.Speaker})", quote?.Speaker == speaker);
            }
        }
        if (expected.TryGetProperty("listingEntries", out var entries))
        {
            var wanted = entries.EnumerateArray().ToList();
            yield return ("listing entry count", wanted.Count == doc.ListingEntries.Count);
            var listings = all.Where(d => d.Kind == DocumentKind.Listing).ToList();
            yield return ("listing documents", listings.Count == wanted.Count);
            foreach (var entry in wanted)
            {
                var entryTitle = entry.GetProperty("title").GetString();
                var found = doc.ListingEntries.FirstOrDefault(e => e.Title == entryTitle);
                yield return ($"listing \"{entryTitle}\"", found is not null
                    && found.Published == entry.GetProperty("published").GetString()
                    && found.Summary == entry.GetProperty("summary").GetString());
            }
        }
    }

    private static bool Accepts(JsonElement expected, string? actual) =>
        expected.ValueKind == JsonValueKind.String ? expected.GetString() == actual : AnyOf(expected).Contains(actual);

    private static IEnumerable<string?> AnyOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("anyOf", out var options)
            ? options.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.Null ? null : o.GetString())
            : [element.GetString()];

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!) : [];
}
