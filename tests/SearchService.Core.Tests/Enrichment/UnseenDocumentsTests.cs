using SearchService.Core.Enrichment;
using SearchService.Core.Enrichment.Evaluation;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>
/// The held-out unseen set (TestData/unseen) checked the way the seeds are: real readers, real enricher, every
/// check of its expected.json. Prints each miss; fails when the share of passed checks falls below the threshold.
/// </summary>
public sealed class UnseenDocumentsTests(ITestOutputHelper output)
{
    [Fact]
    public void HeldOutSetMeetsItsThreshold()
    {
        var report = UnseenSet.Evaluate(Path.Combine(Repository.TestData, "unseen"), new DocumentEnricher());

        output.WriteLine(report.ToString());
        foreach (var failure in report.Failures) output.WriteLine(failure);
        Assert.True(report.Passed, report + string.Join("\n", report.Failures));
    }
}
