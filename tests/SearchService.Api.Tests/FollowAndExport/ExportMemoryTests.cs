using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>
/// A gen-corpus.py index of 5,000 documents (about 50,000 paragraphs), built once for the export's memory tests: large enough
/// that holding the export would show (its paragraphs' CSV is over 20 MiB), small enough to generate and index in well under
/// a minute on CI. docs/export.md also has the same measurement at 20,000 documents.
/// </summary>
public sealed class GeneratedCorpusIndex : IDisposable
{
    public const int Documents = 5_000;

    public GeneratedCorpusIndex()
    {
        (Index, _, SkipReason) = TestIndex.GeneratedCorpus(Documents, seed: 1);
    }

    public TestIndex? Index { get; }
    public string SkipReason { get; }

    public void Dispose() => Index?.Dispose();
}

/// <summary>Run alone, after the parallel tests: it reads the process's own heap, which other tests would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}

/// <summary>
/// Issue 13 §5: exporting the whole generated corpus keeps memory flat. The live managed heap is read (after a full
/// collection) at every tenth of the download while the client reads it, and must not grow with the rows written;
/// allocation per row, the peak heap and anonymous resident memory are reported (docs/export.md).
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class ExportMemoryTests(GeneratedCorpusIndex corpus, ITestOutputHelper output) : IClassFixture<GeneratedCorpusIndex>
{
    private const int MiB = 1024 * 1024;

    /// <summary>
    /// The real app and pipeline without the conformance recorder of the other factories: that recorder keeps each answer
    /// whole to validate it, which is the very memory this test must not see. The export's answers are validated by ExportTests.
    /// </summary>
    private sealed class UnrecordedApiFactory(string indexFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("SearchService:IndexPath", indexFolder);
            builder.UseSetting("SearchService:RateLimit:PermitsPerSecond", "0");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }

    private sealed record Measurement(int Rows, int Total, long Bytes, double Seconds, double AllocatedMiB, double FirstLiveMiB, double PeakLiveMiB,
        double LastLiveMiB, double PeakHeapMiB, double PeakAnonymousMiB, HashSet<string>? Ids);

    [SkippableTheory]
    [InlineData("type=paragraphs&format=csv")]
    [InlineData("format=jsonl&sort=newest")]
    public async Task ExportingTheWholeGeneratedCorpusKeepsMemoryFlat(string query)
    {
        Skip.If(corpus.Index is null, corpus.SkipReason);
        await using var app = new UnrecordedApiFactory(corpus.Index.IndexFolder);
        var client = app.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        await WarmUpAsync(client);

        var m = await MeasureAsync(client, "/api/export?" + query, collectIds: query.Contains("jsonl", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{query}: {m.Rows:N0} rows of {m.Total:N0} hits, {m.Bytes / (double)MiB:F1} MiB in {m.Seconds:F1} s; allocated {m.AllocatedMiB:F0} MiB ({m.AllocatedMiB * MiB / m.Rows / 1024:F1} KiB/row); " +
            $"live heap above baseline: first tenth {m.FirstLiveMiB:F1} MiB, peak {m.PeakLiveMiB:F1} MiB, last tenth {m.LastLiveMiB:F1} MiB; " +
            $"peak GC heap {m.PeakHeapMiB:F0} MiB; peak anonymous RSS growth {m.PeakAnonymousMiB:F0} MiB"));

        Assert.Equal(Math.Min(m.Total, 100_000), m.Rows);
        // Streaming holds one page: 500 hits and, for documents, their stored text (about 6 MiB at 5,000 documents). Holding
        // the file would take at least its size (the paragraphs' CSV is 22 MiB, so that case tells holding from streaming).
        Assert.True(m.PeakLiveMiB < 16, $"live heap grew {m.PeakLiveMiB:F1} MiB during a {m.Bytes / (double)MiB:F1} MiB export");
        Assert.True(m.LastLiveMiB - m.FirstLiveMiB < 8, $"live heap went from {m.FirstLiveMiB:F1} to {m.LastLiveMiB:F1} MiB as rows were written");
        if (m.Ids is not null)
        {
            Assert.Equal(GeneratedCorpusIndex.Documents, m.Total);
            Assert.Equal(m.Rows, m.Ids.Count); // every document once: the cursor pages neither repeat nor skip
        }
    }

    // JIT, the searcher's facet arrays, the first stored-field reads. Its own method, so that nothing of the answer is
    // still referenced (an async method's locals live as long as it does) when the baseline is taken.
    private static async Task WarmUpAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/export?q=minister&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    private static long LiveBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<Measurement> MeasureAsync(HttpClient client, string url, bool collectIds)
    {
        var baseline = LiveBytes();
        var anonymousBaseline = AnonymousResidentBytes();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
        var expected = Math.Min(total, 100_000);
        await using var body = await response.Content.ReadAsStreamAsync();

        var buffer = new byte[64 * 1024];
        var ids = collectIds ? new HashSet<string>() : null;
        var line = collectIds ? new MemoryStream() : null;
        long bytes = 0, peakHeap = 0, peakAnonymous = 0;
        var newlines = 0;
        var live = new List<long>();
        var nextCheckpoint = expected / 10;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            for (var i = 0; i < read; i++)
            {
                if (line is not null && buffer[i] != '\n') line.WriteByte(buffer[i]);
                if (buffer[i] != '\n') continue;
                newlines++;
                if (line is not null)
                {
                    using var json = System.Text.Json.JsonDocument.Parse(line.ToArray());
                    ids!.Add(json.RootElement.GetProperty("id").GetString()!);
                    line.SetLength(0);
                }
            }
            peakHeap = Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            peakAnonymous = Math.Max(peakAnonymous, AnonymousResidentBytes());
            var rows = collectIds ? newlines : newlines - 1; // the CSV's header line
            if (rows >= nextCheckpoint && nextCheckpoint > 0)
            {
                live.Add(LiveBytes() - baseline);
                nextCheckpoint += expected / 10;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // The reader's own parse of each line (JSON Lines) allocates too; it is included, so the figure is an upper bound.
        return new Measurement(collectIds ? newlines : newlines - 1, total, bytes, seconds, allocated / (double)MiB,
            live[0] / (double)MiB, live.Max() / (double)MiB, live[^1] / (double)MiB, peakHeap / (double)MiB,
            Math.Max(0, peakAnonymous - anonymousBaseline) / (double)MiB, ids);
    }

    // RssAnon: the process's resident memory that is not file-backed, so the index's memory-mapped files (page cache,
    // which the export reads through) do not count; 0 where /proc is absent.
    private static long AnonymousResidentBytes()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
