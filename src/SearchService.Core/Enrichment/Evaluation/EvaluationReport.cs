using System.Globalization;
using System.Text;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>One figure of an evaluation: how many of the labelled cases extraction got right, against a threshold.</summary>
public sealed record EvaluationMeasure(string Corpus, string Measure, int Hits, int Total, double Threshold, string? Note = null)
{
    public double Score => Total == 0 ? 1.0 : (double)Hits / Total;

    public bool Passed => Score >= Threshold;
}

/// <summary>All figures of an evaluation run, and the cases that went wrong (for reading, not for scoring).</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationMeasure> Measures, IReadOnlyList<string> Failures)
{
    public bool Passed => Measures.All(m => m.Passed);

    /// <summary>A plain-text table: corpus, measure, hits/total, score, threshold, pass.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"corpus",-10} {"measure",-44} {"hits/total",12} {"score",7} {"min",6}  result");
        foreach (var m in Measures)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Corpus,-10} {m.Measure,-44} {m.Hits + "/" + m.Total,12} {m.Score,7:0.000} {m.Threshold,6:0.00}  {(m.Threshold <= 0 ? "info" : m.Passed ? "pass" : "FAIL")}{(m.Note is null ? "" : "  (" + m.Note + ")")}");
        }
        return sb.ToString();
    }
}
