namespace SearchService.Indexer.Tests;

/// <summary>Runs the indexer in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = IndexerCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("searchservice-cli-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

internal static class Repository
{
    public static string Seeds { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SearchService.sln"))) return System.IO.Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("repository root not found");
    }
}
