using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using SearchService.Api.Tests.Conformance;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.TestSupport;

/// <summary>
/// The real service over the real HTTP pipeline, with its index in a fresh temp folder. The index is built
/// from the repository's seeds on start, as on a user's first run.
/// </summary>
public sealed class SeedApiFactory : ConformingApiFactory
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
            // Tests send bursts from one client; the limiter has its own tests.
            ["SearchService:RateLimit:PermitsPerSecond"] = "0",
        };

    /// <summary>Overrides one setting; call before the first client is created.</summary>
    public SeedApiFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public string IndexFolder => Path.Combine(_folder, "index");

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
