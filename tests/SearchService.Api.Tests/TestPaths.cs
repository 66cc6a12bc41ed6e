namespace SearchService.Api.Tests;

internal static class TestPaths
{
    /// <summary>The repository root: the folder above the test binaries that holds SearchService.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string NewTempFolder(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"searchservice-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
    }
}
