using System.Text.Json;
using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// Every check of an expected-annotation file (the shape of expected/seeds.json) against its documents as read and
/// enriched: the seeds, and the held-out unseen set.
/// </summary>
internal static class SeedEvaluation
{
    public static EvaluationReport Evaluate(string expectedJson, string seedsFolder, DocumentEnricher enricher,
        string corpus = "seeds", string measure = "checks of expected/seeds.json", double threshold = 1.0)
    {
        var failures = new List<string>();
        var checks = 0;
        using var json = JsonDocument.Parse(expectedJson);
        foreach (var expected in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = expected.GetProperty("file").GetString()!;
            var path = Path.Combine(seedsFolder, file);
            if (!File.Exists(path))
            {
                failures.Add($"{file}: missing");
                checks++;
                continue;
            }
            var documents = ExtractionEvaluator.Extract(path, enricher);
            var doc = documents.First(d => d.Kind == DocumentKind.Article);
            foreach (var (name, ok) in SeedChecks.For(expected, doc, documents))
            {
                checks++;
                if (!ok) failures.Add($"{file}: {name}");
            }
        }
        return new EvaluationReport(
            [new EvaluationMeasure(corpus, measure, checks - failures.Count, checks, threshold)],
            failures);
    }
}
