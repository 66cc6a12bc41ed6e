using SearchService.Core.Enrichment.Evaluation;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Enrichment.Evaluation;

public sealed class ExtractionEvaluatorTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void ExtractionMeetsThresholdsOnSharedLabelledCorpora()
    {
        Skip.IfNot(Directory.Exists(Repository.Shared), $"the shared corpora folder {Repository.Shared} is absent");

        var report = ExtractionEvaluator.EvaluateAll(Repository.Shared);

        output.WriteLine(report.ToString());
        foreach (var failure in report.Failures.Take(60)) output.WriteLine(failure);
        Assert.True(report.Passed, report.ToString());
    }
}
