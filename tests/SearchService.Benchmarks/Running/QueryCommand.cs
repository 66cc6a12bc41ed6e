using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Machine;
using SearchService.Benchmarks.Queries;
using SearchService.Core.Indexing;
using static System.FormattableString;

namespace SearchService.Benchmarks.Running;

/// <summary><c>query</c>: the anchor's query file through Searcher at each level; latency per class, qps per thread count, the anchor's TSV.</summary>
internal static class QueryCommand
{
    public static int Run(Arguments options)
    {
        var indexFolder = options.Required("index");
        var levels = options.List("level", "paragraphs,documents").Select(Levels.Parse).ToList();
        var tsvPath = options.Get("tsv", "searchservice-results.tsv");
        var results = options.Get("results", "bench-results.jsonl");
        var warmup = options.Int("warmup", 2);
        var reps = options.Int("reps", 5);
        var threads = options.List("threads", "1,2").Select(t => int.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Console.WriteLine(MachineInfo.Current());
        using var index = SearchIndex.Open(indexFolder);
        var runner = new SearchRunner(index);
        var queries = BenchQuery.ReadFile(options.Required("queries"));
        var translations = queries.Select(QueryTranslator.Translate).ToList();
        var parserName = options.Get("parser", "auto");
        var parser = parserName == "auto" ? ParserProbe.Detect(runner, "government", "security") : ParserModes.FromName(parserName);
        Console.WriteLine(Invariant($"index: {index.Generation} ({Directory.EnumerateFiles(index.Generation).Sum(f => new FileInfo(f).Length) / 1e6:F1} MB); parser: {parser.Name}{(parserName == "auto" ? " (detected)" : "")}; warmup={warmup} reps={reps} threads={string.Join(',', threads)}"));

        using var tsv = new TsvWriter(tsvPath);
        var exit = 0;
        foreach (var level in levels)
        {
            var result = new LevelBenchmark(runner, parser, warmup, reps).Run(level, translations, threads);
            tsv.Write(result, translations);
            Report.Print(result, translations);
            ResultsFile.Append(results, new QueryRecord("query", DateTimeOffset.UtcNow, index.Generation, Levels.AnchorName(level), parser.Name,
                warmup, reps, result.Supported, translations.Count, result.Errors.Count, result.Classes, result.Throughput, ProcessStats.PeakRssMiB()));
            if (result.Errors.Count > 0) exit = 1;
        }
        Console.WriteLine(Invariant($"\nwrote {tsvPath}; appended to {results}; peak RSS {ProcessStats.PeakRssMiB():F0} MiB"));
        return exit;
    }

    private sealed record QueryRecord(
        string Kind, DateTimeOffset At, string Index, string Level, string Parser, int Warmup, int Reps, int Supported, int Queries, int Errors,
        IReadOnlyList<LatencySummary> Classes, IReadOnlyList<ThroughputResult> Throughput, double PeakRssMiB);
}
