using SearchService.Core.Enrichment;
using SearchService.Core.Enrichment.Evaluation;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Enrichment.Evaluation;

/// <summary>The PolNeAR scorer's parts on small made-up inputs, and the dev split scored against issue 12's targets.</summary>
public sealed class PolnearEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Polnear = Path.Combine(Repository.Shared, "corpus", "polnear");

    [SkippableFact]
    public void DevSplitMeetsTheTargets()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(Polnear, "dev")), $"PolNeAR's dev split is not at {Polnear} (the shared folder is absent)");

        var report = PolnearEvaluation.Evaluate(Polnear, new DocumentEnricher(), ["dev"]);

        output.WriteLine(report.ToString());
        foreach (var failure in report.Failures.Take(40)) output.WriteLine(failure);
        Assert.Equal(5, report.Measures.Count);
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void BratOffsetsCountCodePointsNotUtf16Units()
    {
        const string text = "Fans 🎉 cheered. \"We won,\" Okafor said.";
        const string annotations = "T1\tContent 16 25\t\"We won,\"\nT2\tSource 26 32\tOkafor\nE1\tAttribution:T3 Content:T1 Source:T2\n";

        var relation = Assert.Single(BratStandoff.Read(annotations, text));

        Assert.Equal("\"We won,\"", relation.Content.TextIn(text));
        Assert.Equal("Okafor", relation.Source!.TextIn(text));
    }

    [Fact]
    public void EventsMayNameSpansDefinedBelowThemAndDiscontinuousContentIsJoined()
    {
        const string text = "\"Yes,\" she said, \"we will.\"";
        const string annotations = "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\nT1\tContent 0 6;17 27\t\"Yes,\" \"we will.\"\nT2\tSource 7 10\tshe\n";

        var relation = Assert.Single(BratStandoff.Read(annotations, text));

        Assert.Equal("\"Yes,\" \"we will.\"", relation.Content.TextIn(text));
    }

    [Theory]
    [InlineData("Nick Okafor, a spokesman for the Clinton campaign", "Okafor")]
    [InlineData("Trump lawyer Marc Kessler", "Kessler")]
    [InlineData("the Daily Ledger's Ana Ruiz", "Ruiz")]
    [InlineData("Sen. Dana Whitlock (R-Ohio)", "Whitlock")]
    [InlineData("Mr. Trump", "Trump")]
    public void NamedSourceHeadIsTheSurnameOfThePersonPickedOut(string source, string head) =>
        Assert.Equal(("Named", head), (Classify(source).Kind.ToString(), Classify(source).Head));

    [Theory]
    [InlineData("he", "Pronoun")]
    [InlineData("who", "Pronoun")]
    [InlineData("the Clinton campaign", "Description")]
    [InlineData("a spokesman for the Republican National Committee", "Description")]
    [InlineData("the former top aide to President Carter", "Description")]
    [InlineData("CNN", "Description")]
    public void PronounsAndDescriptionsAreNotScoredForSpeaker(string source, string kind) =>
        Assert.Equal(kind, Classify(source).Kind.ToString());

    private static (SourceKind Kind, string? Head) Classify(string source)
    {
        var (kind, head, _) = new AnnotatedSource(new NationGazetteer()).Classify(source);
        return (kind, head);
    }
}
