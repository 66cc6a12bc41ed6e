using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace SearchService.Api.Tests.TestSupport;

/// <summary>
/// The real service over the real HTTP pipeline, with its index in a fresh temp folder. The index is built
/// from the repository's seeds on start, as on a user's first run.
/// </summary>
public sealed class SeedApiFactory : WebApplicationFactory<Program>
{
    public const string AdminKey = "test-admin-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("searchservice-api-").FullName;
    private readonly Dictionary<string, string?> _settings;

    public SeedApiFactory() =>
        _settings = new Dictionary<string, string?>
        {
            ["SearchService:IndexPath"] = Path.Combine(_folder, "index"),
            ["SearchService:SourcePath"] = Repository.Seeds,
            ["SearchService:AdminApiKey"] = AdminKey,
        };

    /// <summary>Overrides one setting; call before the first client is created.</summary>
    public SeedApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public string IndexFolder => Path.Combine(_folder, "index");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SearchService.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
