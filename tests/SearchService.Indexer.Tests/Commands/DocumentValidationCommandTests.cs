namespace SearchService.Indexer.Tests.Commands;

/// <summary>The command line's ways in (build, add) run the same document validation as the API; delete never dies with a trace.</summary>
public sealed class DocumentValidationCommandTests : IDisposable
{
    private const string Poison = """{"id": "repro-1", "title": "T", "listingEntries": [{"title": ""}]}""";
    private const string Fine = """{"id": "armistice-1", "title": "Armistice day", "paragraphs": ["Remembrance at the cenotaph."]}""";
    private readonly TempFolder _temp = new();

    private string Index => _temp.Sub("index");

    [Fact]
    public void BuildSkipsAndNamesADocumentThatCouldNotBeReadBackAndIndexesTheRest()
    {
        var sources = _temp.Sub("sources");
        _temp.File("sources/mixed.jsonl", Poison + "\n" + Fine + "\n");

        var build = CliRun.Of("build", "--source", sources, "--index", Index);

        Assert.Equal(1, build.ExitCode);
        Assert.Contains("mixed.jsonl: line 1: document \"repro-1\": listingEntries[0].title: must not be blank", build.Error, StringComparison.Ordinal);
        Assert.Contains("1 hits", CliRun.Of("search", "cenotaph", "--index", Index).Out, StringComparison.Ordinal);
        var everything = CliRun.Of("search", "", "--index", Index, "--json");
        Assert.Equal(0, everything.ExitCode);
        Assert.Equal(1, CliRun.Of("delete", "repro-1", "--index", Index).ExitCode);
    }

    [Fact]
    public void AddRefusesTheSameDocument()
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);
        var file = _temp.File("new.jsonl", Poison);

        var add = CliRun.Of("add", file, "--index", Index);

        Assert.Equal(1, add.ExitCode);
        Assert.Contains("listingEntries[0].title: must not be blank", add.Error, StringComparison.Ordinal);
        Assert.Contains("added 0", add.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData(" ")]
    public void DeleteOfSomethingThatCannotBeAnIdIsExitTwoWithOneLine(string id)
    {
        CliRun.Of("build", "--source", Repository.Seeds, "--index", Index);

        var run = CliRun.Of("delete", id, "--index", Index);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith($"error: '{id}' is not a document id", line, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
