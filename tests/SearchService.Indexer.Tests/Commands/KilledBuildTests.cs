using System.Diagnostics;
using System.Text;

namespace SearchService.Indexer.Tests.Commands;

/// <summary>A build killed with SIGKILL part-way leaves the previous index serving, and the next build succeeds.</summary>
public sealed class KilledBuildTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SigkillDuringBuildLeavesThePreviousIndexServing()
    {
        var index = _temp.Sub("index");
        Assert.Equal(0, CliRun.Of("build", "--source", Repository.Seeds, "--index", index).ExitCode);
        var before = File.ReadAllText(Path.Combine(index, "CURRENT"));

        var corpus = _temp.Sub("corpus.jsonl");
        using (var writer = new StreamWriter(corpus, append: false, Encoding.UTF8))
            for (var i = 0; i < 40_000; i++)
                writer.WriteLine($$"""{"id": "bulk-{{i}}", "title": "Bulk release {{i}}", "date": "2024-01-01", "paragraphs": ["Paragraph one of release {{i}} about tariffs and trade.", "Paragraph two about shipping lanes {{i}}."]}""");

        var indexer = Path.Combine(AppContext.BaseDirectory, "searchservice-indexer.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", indexer, "build", "--source", corpus, "--index", index])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Kill it once the new generation is being written: its folder exists and Lucene has written segment files into it.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            var building = Directory.GetDirectories(index, "gen-*").Where(g => Path.GetFileName(g) != before);
            if (building.Any(g => Directory.GetFiles(g).Any(f => !Path.GetFileName(f).StartsWith("write.lock", StringComparison.Ordinal)))) break;
            await Task.Delay(20);
        }
        Assert.False(process.HasExited, "the build finished before it could be killed; make the corpus larger");
        process.Kill(entireProcessTree: true); // SIGKILL
        await process.WaitForExitAsync();

        Assert.Equal(before, File.ReadAllText(Path.Combine(index, "CURRENT")));
        var search = CliRun.Of("search", "ceasefire", "--index", index);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("2 hits", search.Out, StringComparison.Ordinal);

        var rebuild = CliRun.Of("build", "--source", Repository.Seeds, "--index", index);
        Assert.Equal(0, rebuild.ExitCode);
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(index, "CURRENT")));
        // Only the new generation and the one it replaced remain; the killed build's folder is gone.
        Assert.Equal(2, Directory.GetDirectories(index, "gen-*").Length);
    }
}
