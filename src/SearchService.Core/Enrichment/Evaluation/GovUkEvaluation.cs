using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// GOV.UK content examples: the department must be one of the document's organisations (the primary publisher
/// where there is one); people in links.people / links.speaker must be among its actors. People are also scored
/// from the text alone (metadata actors removed), to show what the recogniser finds by itself.
/// </summary>
internal static class GovUkEvaluation
{
    public static EvaluationReport Evaluate(string folder, DocumentEnricher enricher)
    {
        var failures = new List<string>();
        int departmentHits = 0, departmentTotal = 0, peopleHits = 0, peopleTotal = 0, textHits = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var links = json.RootElement.TryGetProperty("links", out var l) ? l : default;
            var primary = Titles(links, "primary_publishing_organisation");
            var organisations = Titles(links, "organisations");
            var people = Titles(links, "people").Concat(Titles(links, "speaker")).Distinct(StringComparer.Ordinal).ToList();

            var doc = ExtractionEvaluator.Extract(path, enricher).First(d => d.Kind == DocumentKind.Article);
            if (organisations.Count > 0 || primary.Count > 0)
            {
                departmentTotal++;
                var right = primary.Count > 0 ? primary.Contains(doc.Department ?? "") : organisations.Contains(doc.Department ?? "");
                if (right) departmentHits++;
                else failures.Add($"govuk {name}: department {doc.Department}");
            }
            var textOnly = enricher.Enrich(doc with { Actors = [], Quotes = [] });
            foreach (var person in people)
            {
                peopleTotal++;
                if (ExtractionEvaluator.HasPerson(doc.Actors, person)) peopleHits++;
                else failures.Add($"govuk {name}: person {person} not in [{string.Join(", ", doc.Actors)}]");
                if (ExtractionEvaluator.HasPerson(textOnly.Actors, person)) textHits++;
            }
        }
        return new EvaluationReport(
        [
            new EvaluationMeasure("govuk", "department = publishing organisation", departmentHits, departmentTotal, 0.95),
            new EvaluationMeasure("govuk", "links.people/speaker among actors", peopleHits, peopleTotal, 0.90, "metadata + text"),
            new EvaluationMeasure("govuk", "links.people/speaker found in text alone", textHits, peopleTotal, 0, "speakers of speeches are rarely named in the body"),
        ], failures);
    }

    private static List<string> Titles(JsonElement links, string relation)
    {
        if (links.ValueKind != JsonValueKind.Object || !links.TryGetProperty(relation, out var items) || items.ValueKind != JsonValueKind.Array) return [];
        return items.EnumerateArray()
            .Select(i => i.TryGetProperty("title", out var t) ? t.GetString() : null)
            .OfType<string>().ToList();
    }
}
