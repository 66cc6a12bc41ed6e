using System.Diagnostics;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Machine;
using SearchService.Core.Indexing;
using static System.FormattableString;

namespace SearchService.Benchmarks.Building;

/// <summary>
/// <c>build</c>: one index build through <see cref="IndexBuilder"/>, the indexer's own code path (read, enrich,
/// write both levels, optimise, publish), timed end to end, with throughput, size on disk and peak RSS.
/// </summary>
internal static class BuildCommand
{
    public static int Run(Arguments options)
    {
        var corpus = options.Required("corpus");
        var index = options.Required("index");
        var results = options.Get("results", "bench-results.jsonl");
        // false: quote records without their signatures, so quotation grouping's share of a build can be measured.
        var quoteGroups = options.Get("quote-groups", "true") == "true";
        UnitRecords.QuoteSignatures = quoteGroups;
        Console.WriteLine(MachineInfo.Current());
        var stats = CorpusStats.Count(corpus);
        Console.WriteLine(Invariant($"corpus: {corpus}: {stats.Documents} documents, {stats.Paragraphs} paragraphs, {stats.TextChars / 1e6:F1} M chars of text, {stats.FileBytes / 1e6:F1} MB JSONL"));
        if (Directory.Exists(index) && Directory.EnumerateFileSystemEntries(index).Any())
            throw new ArgumentException($"--index {index} is not empty; a build benchmark starts from nothing");

        var loadBefore = ProcessStats.LoadAverage();
        var clock = Stopwatch.StartNew();
        var report = new IndexBuilder().Build([corpus], index);
        var elapsed = clock.Elapsed.TotalSeconds;
        var loadAfter = ProcessStats.LoadAverage();
        var size = Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var peak = ProcessStats.PeakRssMiB();
        var grouping = quoteGroups ? GroupQuotes(index) : null;

        var record = new BuildResult(
            "build", DateTimeOffset.UtcNow, corpus, report.Documents, report.Paragraphs, report.Quotes, stats.TextChars, stats.FileBytes,
            Math.Round(elapsed, 2), Math.Round(report.Documents / elapsed, 1), Math.Round(report.Paragraphs / elapsed, 1),
            Math.Round(stats.TextChars / 1e6 / elapsed, 2), Math.Round(stats.FileBytes / 1e6 / elapsed, 2),
            Math.Round(size / 1e6, 1), Math.Round(peak, 0), loadBefore, loadAfter, report.Skipped.Count);

        Console.WriteLine();
        Table.Print(
            ["metric", "value"],
            [
                ["documents · paragraphs · quotes", Invariant($"{report.Documents} · {report.Paragraphs} · {report.Quotes}")],
                ["elapsed (read + enrich + write + optimise + publish)", Invariant($"{elapsed:F1} s")],
                ["of which read + enrich + index · merge + commit + publish", Invariant($"{report.Indexing.TotalSeconds:F1} s · {elapsed - report.Indexing.TotalSeconds:F1} s")],
                ["documents/s · paragraphs/s", Invariant($"{record.DocumentsPerSecond:F0} · {record.ParagraphsPerSecond:F0}")],
                ["text MB/s · JSONL MB/s", Invariant($"{record.TextMBPerSecond:F2} · {record.JsonlMBPerSecond:F2}")],
                ["index size on disk", Invariant($"{record.SizeMB:F1} MB")],
                ["CPU time (user + system)", Invariant($"{cpu:F1} s")],
                ["peak RSS (VmHWM)", Invariant($"{peak:F0} MiB")],
                ["quotation signatures · grouping the opened index", grouping ?? "off (--quote-groups false)"],
                ["allocated · GC pauses · collections gen0/1/2", Invariant($"{GC.GetTotalAllocatedBytes() / 1e9:F1} GB · {GC.GetTotalPauseDuration().TotalSeconds:F1} s · {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}")],
                ["load average before → after", $"{loadBefore} → {loadAfter}"],
                ["skipped files", Invariant($"{report.Skipped.Count}")],
            ]);
        ResultsFile.Append(results, record);
        Console.WriteLine($"appended to {results}");
        return report.Skipped.Count == 0 ? 0 : 1;
    }

    // What the first request that shows quotation groups pays on the new index: read every signature, pair, join.
    private static string GroupQuotes(string index)
    {
        using var opened = SearchIndex.Open(index);
        using var lease = opened.Acquire();
        var (clock, cpu) = (Stopwatch.StartNew(), Process.GetCurrentProcess().TotalProcessorTime);
        var groups = lease.Searcher.QuoteGroups.Count;
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return Invariant($"on · {clock.Elapsed.TotalSeconds:F1} s wall, {spent.TotalSeconds:F1} s CPU, {groups} groups, RSS after {ProcessStats.RssMiB():F0} MiB (peak {ProcessStats.PeakRssMiB():F0} MiB)");
    }

    private sealed record BuildResult(
        string Kind, DateTimeOffset At, string Corpus, int Documents, int Paragraphs, int Quotes, long TextChars, long JsonlBytes,
        double ElapsedSeconds, double DocumentsPerSecond, double ParagraphsPerSecond, double TextMBPerSecond, double JsonlMBPerSecond,
        double SizeMB, double PeakRssMiB, string LoadBefore, string LoadAfter, int SkippedFiles);
}
