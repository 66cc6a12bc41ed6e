using System.Text.Json;

namespace SearchService.Indexer.Tests.Commands;

public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Index => _temp.Sub("index");

    [Fact]
    public void BuildPrintsASummaryLineAndExitsZero()
    {
        var run = CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"built 2 documents, 19 paragraphs, \d+ quotes, 8 listing entries; 0 files skipped; \d+\.\d s", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void BuildNamesEachSkippedFileAndExitsOne()
    {
        var sources = Directory.CreateDirectory(_temp.Sub("sources")).FullName;
        File.Copy(Path.Combine(Repository.Seeds, "000_cbee4cda902ec7c9.txt"), Path.Combine(sources, "good.txt"));
        File.WriteAllText(Path.Combine(sources, "empty.txt"), "");
        var run = CliRun.Of("build", "--source", sources, "--index", Index);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.txt: empty file", run.Error, StringComparison.Ordinal);
        Assert.Contains("built 1 documents", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchJsonHasTheApiShape()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        var run = CliRun.Of("search", "ceasefire", "--index", Index, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.Contains("<mark>ceasefire</mark>", json.RootElement.GetProperty("hits")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("facets").TryGetProperty("department", out _));
    }

    [Fact]
    public void StatsCountsWhatWasBuilt()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        var run = CliRun.Of("stats", "--index", Index, "--json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(19, json.RootElement.GetProperty("paragraphs").GetInt32());
    }

    [Fact]
    public void ExtractPrintsDocumentsAndWritesNothing()
    {
        var run = CliRun.Of("extract", Path.Combine(Repository.Seeds, "002_ae71211020e9c540.txt"));
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("Ministry of Defence", document.GetProperty("department").GetString());
        Assert.Equal(9, document.GetProperty("paragraphs").GetArrayLength());
        Assert.False(Directory.Exists(Index));
    }

    [Fact]
    public void AddThenDeleteChangesWhatIsFound()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        var file = _temp.Sub("new.jsonl");
        File.WriteAllText(file, """{"id": "armistice-1", "title": "Armistice day", "paragraphs": ["Remembrance at the cenotaph."]}""");
        Assert.Contains("added 1", CliRun.Of("add", file, "--index", Index).Out, StringComparison.Ordinal);
        Assert.Contains("unchanged 1", CliRun.Of("add", file, "--index", Index).Out, StringComparison.Ordinal);
        Assert.Contains("1 hits", CliRun.Of("search", "cenotaph", "--index", Index).Out, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("delete", "armistice-1", "--index", Index).ExitCode);
        Assert.Contains("0 hits", CliRun.Of("search", "cenotaph", "--index", Index).Out, StringComparison.Ordinal);
        var missing = CliRun.Of("delete", "armistice-1", "--index", Index);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("not found: armistice-1", missing.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search", "peace")]
    public void MissingIndexIsExitTwoWithOneLine(params string[] args)
    {
        var run = CliRun.Of([.. args, "--index", Index]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no index in", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("build", "--nonsense")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadQueryAndBadOptionValuesExitTwo()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        Assert.Equal(2, CliRun.Of("search", "\"peace", "--index", Index).ExitCode);
        Assert.Equal(2, CliRun.Of("search", "peace", "--type", "bogus", "--index", Index).ExitCode);
        Assert.Equal(2, CliRun.Of("search", "peace", "--from", "2025-13-45", "--index", Index).ExitCode);
    }

    [Fact]
    public void AddWhileAnotherProcessHoldsTheWriterStopsWithOneClearLine()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        var note = _temp.File("note.jsonl", """{"id": "note-1", "title": "Armistice day", "paragraphs": ["Remembrance at the cenotaph."]}""");
        // As the service does while it runs: it holds the index's writer (Lucene's write lock).
        using (SearchService.Core.Indexing.SearchIndex.Open(Index, writable: true))
        {
            foreach (var args in new[] { new[] { "add", note, "--index", Index }, ["delete", "note-1", "--index", Index] })
            {
                var run = CliRun.Of(args);
                Assert.Equal(2, run.ExitCode);
                Assert.StartsWith("error: the index in ", run.Error, StringComparison.Ordinal);
                Assert.Contains("POST/DELETE /api/documents", run.Error, StringComparison.Ordinal);
                Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            }
            Assert.Equal(0, CliRun.Of("search", "ceasefire", "--index", Index).ExitCode); // reading needs no lock
        }
        Assert.Equal(0, CliRun.Of("add", note, "--index", Index).ExitCode);
        Assert.Contains("1 hits", CliRun.Of("search", "cenotaph", "--index", Index).Out, StringComparison.Ordinal);
    }
}

public sealed class EvaluateCommandTests
{
    [Fact]
    public void MissingSharedFolderIsExitTwo()
    {
        var run = CliRun.Of("evaluate", "--shared", "/no/such/shared");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("shared folder not found", run.Error, StringComparison.Ordinal);
    }
}
