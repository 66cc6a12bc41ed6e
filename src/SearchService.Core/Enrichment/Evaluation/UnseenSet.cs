namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// The held-out set: unseen press releases and news articles kept in the repository
/// (<c>tests/SearchService.Core.Tests/TestData/unseen</c>) with an <c>expected.json</c> in the shape of
/// expected/seeds.json. It measures whether the rules generalise beyond the seeds.
/// </summary>
public static class UnseenSet
{
    /// <summary>Where the set lives, relative to the repository root.</summary>
    public static readonly string RelativeFolder = Path.Combine("tests", "SearchService.Core.Tests", "TestData", "unseen");

    /// <summary>The minimum share of checks that must pass; raised as the rules improve, never lowered.</summary>
    public const double Threshold = 0.95;

    /// <summary>Scores every check of the set's expected.json.</summary>
    public static EvaluationReport Evaluate(string folder, DocumentEnricher enricher) =>
        SeedEvaluation.Evaluate(File.ReadAllText(Path.Combine(folder, "expected.json")), folder, enricher,
            "unseen", "checks of the held-out unseen set", Threshold);

    /// <summary>The set's folder, looked for above the working folder and the application's folder; null when absent.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativeFolder);
                if (File.Exists(Path.Combine(candidate, "expected.json"))) return candidate;
            }
        }
        return null;
    }
}
