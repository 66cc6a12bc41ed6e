namespace SearchService.Benchmarks.Running;

/// <summary>Nearest-rank percentiles, as LuceneBench.java and fts5_bench.py compute them.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static LatencySummary Summary(string name, IReadOnlyCollection<double> values) => new(
        name, values.Count, Math.Round(Of(values, 50), 3), Math.Round(Of(values, 95), 3), Math.Round(Of(values, 99), 3),
        values.Count == 0 ? 0 : Math.Round(values.Average(), 3));
}

internal sealed record LatencySummary(string Name, int Count, double P50, double P95, double P99, double Mean);
