using System.Diagnostics;
using SearchService.Benchmarks.Machine;
using SearchService.Benchmarks.Queries;
using SearchService.Core.Querying;
using static System.FormattableString;

namespace SearchService.Benchmarks.Running;

/// <summary>
/// The anchor's protocol for one level: pass 1 records every answer (and warms up), <c>warmup - 1</c> more
/// passes, then <c>reps</c> timed passes single-threaded (per-query and per-class percentiles), then each
/// thread count runs the whole set <c>reps</c> times per thread, threads starting at different offsets.
/// </summary>
internal sealed class LevelBenchmark(SearchRunner runner, ParserMode parser, int warmup, int reps)
{
    public LevelResult Run(SearchLevel level, IReadOnlyList<Translation> translations, IReadOnlyList<int> threadCounts)
    {
        var answers = new Dictionary<int, AnchorRow>();
        var errors = new Dictionary<int, string>();
        foreach (var t in translations)
        {
            if (!parser.CanRun(t))
            {
                errors[t.Query.Number] = Invariant($"not run: the {parser.Name} parser cannot read {t.Features & parser.Unsupported}");
                continue;
            }
            try
            {
                // Facets with a long list so ties at the 10th place break by label, as Lucene breaks them.
                answers[t.Query.Number] = AnchorRow.From(runner.Search(SearchRunner.Request(t.Text, level, facetLimit: 1000)), level);
            }
            catch (Exception e)
            {
                errors[t.Query.Number] = "error: " + e.GetType().Name + ": " + e.Message.ReplaceLineEndings(" ");
            }
        }
        var plan = translations.Where(t => answers.ContainsKey(t.Query.Number))
            .Select(t => (t.Query, Request: SearchRunner.Request(t.Text, level))).ToList();
        for (var w = 1; w < warmup; w++)
            foreach (var (_, request) in plan) runner.Search(request);

        var perQuery = plan.ToDictionary(p => p.Query.Number, _ => new List<double>());
        var load = ProcessStats.LoadAverage();
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < reps; r++)
        {
            foreach (var (query, request) in plan)
            {
                var start = Stopwatch.GetTimestamp();
                runner.Search(request);
                perQuery[query.Number].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var single = new ThroughputResult(1, plan.Count * reps, Math.Round(clock.Elapsed.TotalSeconds, 3),
            Math.Round(plan.Count * reps / clock.Elapsed.TotalSeconds, 1), Percentiles.Summary("ALL", perQuery.Values.SelectMany(v => v).ToList()),
            load, ProcessStats.LoadAverage());

        var classes = plan.GroupBy(p => p.Query.Class)
            .Select(g => Percentiles.Summary(g.Key, g.SelectMany(p => perQuery[p.Query.Number]).ToList()))
            .Append(single.Latency).ToList();
        var multi = threadCounts.Where(n => n > 1).Select(n => Concurrent(n, plan.Select(p => p.Request).ToList())).ToList();
        return new LevelResult(level, plan.Count, errors, answers, perQuery, classes, [single, .. multi]);
    }

    private ThroughputResult Concurrent(int threads, IReadOnlyList<SearchRequest> plan)
    {
        var latencies = new List<double>[threads];
        using var barrier = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = latencies[t] = new List<double>(plan.Count * reps);
            var offset = t * plan.Count / threads;
            barrier.SignalAndWait();
            for (var r = 0; r < reps; r++)
            {
                for (var i = 0; i < plan.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    runner.Search(plan[(i + offset) % plan.Count]);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        var load = ProcessStats.LoadAverage();
        barrier.SignalAndWait();
        var clock = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        var wall = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new ThroughputResult(threads, all.Count, Math.Round(wall, 3), Math.Round(all.Count / wall, 1),
            Percentiles.Summary("ALL", all), load, ProcessStats.LoadAverage());
    }
}

internal sealed record ThroughputResult(int Threads, int Executions, double WallSeconds, double Qps, LatencySummary Latency, string LoadBefore, string LoadAfter);

internal sealed record LevelResult(
    SearchLevel Level, int Supported, IReadOnlyDictionary<int, string> Errors, IReadOnlyDictionary<int, AnchorRow> Answers,
    IReadOnlyDictionary<int, List<double>> PerQuery, IReadOnlyList<LatencySummary> Classes, IReadOnlyList<ThroughputResult> Throughput);
