namespace SearchService.Core.Tests;

/// <summary>Where the repository and the shared corpora are, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The team's shared folder (corpora, expected results), beside the repository; may be absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
    }
}
