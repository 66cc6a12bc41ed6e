using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// Scores extraction (readers + enricher) against labelled data in the shared folder: the seeds' expected JSON,
/// the GOV.UK content examples' links, the Reuters-21578 PEOPLE and PLACES labels, and PolNeAR's quotation
/// attributions (train and dev). Corpora that are
/// absent are left out of the report.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>
    /// Evaluates everything found under <paramref name="sharedFolder"/>: <c>expected/seeds.json</c> with <c>seeds/</c>,
    /// <c>corpus/govuk-publishing-api-examples</c>, <c>corpus/reuters21578</c> and <c>corpus/polnear</c>; then the repository's held-out
    /// unseen set (<see cref="UnseenSet"/>), from <paramref name="unseenFolder"/> or found above the working folder.
    /// </summary>
    public static EvaluationReport EvaluateAll(string sharedFolder, int? reutersFileLimit = null, string? unseenFolder = null)
    {
        var measures = new List<EvaluationMeasure>();
        var failures = new List<string>();
        var enricher = new DocumentEnricher();

        var expected = Path.Combine(sharedFolder, "expected", "seeds.json");
        var seeds = Path.Combine(sharedFolder, "seeds");
        if (File.Exists(expected) && Directory.Exists(seeds))
            Add(SeedEvaluation.Evaluate(File.ReadAllText(expected), seeds, enricher), measures, failures);

        var govuk = Path.Combine(sharedFolder, "corpus", "govuk-publishing-api-examples");
        if (Directory.Exists(govuk)) Add(GovUkEvaluation.Evaluate(govuk, enricher), measures, failures);

        var reuters = Path.Combine(sharedFolder, "corpus", "reuters21578");
        if (Directory.Exists(reuters)) Add(ReutersEvaluation.Evaluate(reuters, enricher, reutersFileLimit), measures, failures);

        var polnear = Path.Combine(sharedFolder, "corpus", "polnear");
        if (Directory.Exists(polnear)) Add(PolnearEvaluation.Evaluate(polnear, enricher), measures, failures);

        if ((unseenFolder ?? UnseenSet.Find()) is { } unseen) Add(UnseenSet.Evaluate(unseen, enricher), measures, failures);

        return new EvaluationReport(measures, failures);
    }

    private static void Add(EvaluationReport part, List<EvaluationMeasure> measures, List<string> failures)
    {
        measures.AddRange(part.Measures);
        failures.AddRange(part.Failures);
    }

    /// <summary>Reads and enriches one file the way the indexer does.</summary>
    internal static List<Document> Extract(string path, DocumentEnricher enricher)
    {
        var file = SourceFile.Load(path);
        var reader = DocumentReaders.For(file) ?? throw new InvalidOperationException("no reader for " + path);
        return reader.Read(file).SelectMany(enricher.EnrichWithListings).ToList();
    }

    /// <summary>True when one of the actors is that person, compared by surname ("james-baker" ~ "James Baker").</summary>
    internal static bool HasPerson(IEnumerable<string> actors, string person)
    {
        var wanted = PersonNames.Key(PersonNames.WithoutTitles(person).Replace('-', ' '));
        var surname = PersonNames.Surname(wanted);
        foreach (var actor in actors)
        {
            var key = PersonNames.Key(actor);
            if (key == wanted || key.EndsWith(" " + wanted, StringComparison.Ordinal)) return true;
            if (PersonNames.Surname(key) == surname) return true;
        }
        return false;
    }
}
