using System.Diagnostics;
using SearchService.Benchmarks.Cli;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;
using static System.FormattableString;

namespace SearchService.Benchmarks.Enriching;

/// <summary>
/// <c>enrich</c>: the CPU cost of enrichment alone, on one thread. The documents are read into memory first so
/// that parsing is not timed; a warm-up pass lets the JIT settle, then each timed pass enriches them all.
/// </summary>
internal static class EnrichCommand
{
    public static int Run(Arguments options)
    {
        var corpus = options.Required("corpus");
        var limit = options.Int("documents", int.MaxValue);
        var warmup = options.Int("warmup", 1);
        var reps = options.Int("reps", 3);

        var scanner = new SourceScanner();
        var documents = scanner.Read([corpus]).Take(limit).ToList();
        var paragraphs = documents.Sum(d => d.Paragraphs.Count);
        Console.WriteLine(Invariant($"corpus: {corpus}: {documents.Count} documents, {paragraphs} paragraphs"));

        var enricher = new DocumentEnricher();
        for (var i = 0; i < warmup; i++) Pass(enricher, documents);
        var times = new List<double>();
        for (var i = 0; i < reps; i++)
        {
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var pausedBefore = GC.GetTotalPauseDuration();
            var (wall, cpu, checksum) = Pass(enricher, documents);
            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
            times.Add(cpu);
            Console.WriteLine(Invariant(
                $"  pass {i + 1}: {wall * 1000 / documents.Count:F3} ms/document wall, {cpu * 1000 / documents.Count:F3} ms/document CPU, {documents.Count / wall:F0} documents/s, {allocated / 1024.0 / documents.Count:F0} KiB/document allocated, GC pauses {paused / wall:P0} of wall (checksum {checksum})"));
        }
        times.Sort();
        Console.WriteLine(Invariant($"best: {times[0] * 1000 / documents.Count:F3} ms/document CPU, {documents.Count / times[0]:F0} documents/s"));
        return 0;
    }

    // Process CPU time, not wall time: the machine is shared, and the GC's own threads count too.
    private static (double Wall, double Cpu, long Checksum) Pass(DocumentEnricher enricher, List<Document> documents)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long checksum = 0;
        foreach (var document in documents)
        {
            // The count of what was found keeps the work from being optimised away and flags a changed result.
            foreach (var enriched in enricher.EnrichWithListings(document))
                checksum += enriched.Actors.Count + enriched.Nations.Count * 3 + enriched.Organisations.Count * 7 + enriched.Quotes.Count * 11;
        }
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds, checksum);
    }
}
