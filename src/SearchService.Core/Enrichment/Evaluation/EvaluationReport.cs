using System.Globalization;
using System.Text;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// One figure of an evaluation: how many of the labelled cases extraction got right (or, when <paramref name="AtMost"/>,
/// got wrong), against a threshold the score must reach (or not exceed). A threshold of 0 is information only.
/// </summary>
public sealed record EvaluationMeasure(string Corpus, string Measure, int Hits, int Total, double Threshold, string? Note = null, bool AtMost = false)
{
    public double Score => Total == 0 ? (AtMost ? 0.0 : 1.0) : (double)Hits / Total;

    public bool Passed => Threshold <= 0 || (AtMost ? Score <= Threshold : Score >= Threshold);
}

/// <summary>All figures of an evaluation run, and the cases that went wrong (for reading, not for scoring).</summary>
public sealed record EvaluationReport(IReadOnlyList<EvaluationMeasure> Measures, IReadOnlyList<string> Failures)
{
    public bool Passed => Measures.All(m => m.Passed);

    /// <summary>A plain-text table: corpus, measure, hits/total, score, limit (≥ or ≤), pass.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"corpus",-13} {"measure",-44} {"hits/total",12} {"score",7} {"limit",7}  result");
        foreach (var m in Measures)
        {
            var limit = m.Threshold <= 0 ? "" : (m.AtMost ? "≤" : "≥") + m.Threshold.ToString("0.00", CultureInfo.InvariantCulture);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{m.Corpus,-13} {m.Measure,-44} {m.Hits + "/" + m.Total,12} {m.Score,7:0.000} {limit,7}  {(m.Threshold <= 0 ? "info" : m.Passed ? "pass" : "FAIL")}{(m.Note is null ? "" : "  (" + m.Note + ")")}");
        }
        return sb.ToString();
    }
}
