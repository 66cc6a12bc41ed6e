using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Queries;
using SearchService.Core.Querying;
using static System.FormattableString;

namespace SearchService.Benchmarks.Running;

/// <summary>Console output shaped like LuceneBench.java's, so the two logs read side by side.</summary>
internal static class Report
{
    public static void Print(LevelResult result, IReadOnlyList<Translation> translations)
    {
        var level = SearchRequest.LevelName(result.Level);
        Console.WriteLine(Invariant($"\nQUERY level={level} run={result.Supported}/{translations.Count} not-run-or-failed={result.Errors.Count}"));
        foreach (var t in result.Throughput)
        {
            Console.WriteLine(Invariant($"QUERY level={level} threads={t.Threads} executions={t.Executions} wall={t.WallSeconds:F2}s qps={t.Qps:F1}  latency ms p50={t.Latency.P50:F2} p95={t.Latency.P95:F2} p99={t.Latency.P99:F2}  load {t.LoadBefore} → {t.LoadAfter}"));
        }
        Console.WriteLine("single-threaded latency by class (ms):");
        Table.Print(["class", "n", "p50_ms", "p95_ms", "p99_ms", "mean_ms"],
            result.Classes.Select(c => (IReadOnlyList<string>)[c.Name, Invariant($"{c.Count}"), Invariant($"{c.P50:F2}"), Invariant($"{c.P95:F2}"), Invariant($"{c.P99:F2}"), Invariant($"{c.Mean:F2}")]));
        // The reasons repeat across queries: one line per reason, the queries by number; the TSV has each one.
        foreach (var group in translations.Where(t => result.Errors.ContainsKey(t.Query.Number)).GroupBy(t => result.Errors[t.Query.Number]))
            Console.WriteLine($"  {group.Key}: q{string.Join(",q", group.Select(t => t.Query.Number))}");
        foreach (var t in translations.Where(t => !result.Errors.ContainsKey(t.Query.Number) && t.Notes.Count > 0))
            Console.WriteLine($"  approximate: q{t.Query.Number} {t.Query.Lucene} → {t.Text}: {t.NoteText}");
    }
}
