namespace SearchService.Core.Tests.TestSupport;

/// <summary>Paths in the repository (found by walking up to SearchService.sln) and the shared folder beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The environment variable that moves ../shared, or (<c>none</c>) puts it out of reach: CI runs the whole
    /// suite once with <c>SEARCHSERVICE_SHARED=none</c> to prove that a user's clone, which has no ../shared, passes.</summary>
    public const string SharedVariable = "SEARCHSERVICE_SHARED";

    /// <summary>../shared beside the clone: CI has it, a user's clone does not.</summary>
    public static string Shared => Environment.GetEnvironmentVariable(SharedVariable) switch
    {
        null or "" => Path.GetFullPath(Path.Combine(Root, "..", "shared")),
        "none" => Path.Combine(Path.GetTempPath(), "searchservice-no-shared", "shared"),
        var folder => Path.GetFullPath(folder),
    };

    /// <summary>The test project's own data, copied beside the test assembly.</summary>
    public static string TestData => Path.Combine(AppContext.BaseDirectory, "TestData");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
        throw new InvalidOperationException("SearchService.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder removed when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("searchservice-test-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
