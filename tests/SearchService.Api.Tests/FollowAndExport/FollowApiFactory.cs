using Microsoft.AspNetCore.Hosting;
using SearchService.Api.Tests.Conformance;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>The real service over a real index of the seeds and <see cref="FollowDocuments"/>, with an admin key.</summary>
public sealed class FollowApiFactory : ConformingApiFactory
{
    public const string AdminKey = "follow-admin-key";
    private readonly TestIndex _index = TestIndex.SeedsPlus(FollowDocuments.All);
    private readonly Dictionary<string, string> _settings = new()
    {
        ["SearchService:AdminApiKey"] = AdminKey,
        ["SearchService:RateLimit:PermitsPerSecond"] = "0",
    };

    /// <summary>Overrides one setting; call before the first client is created.</summary>
    public FollowApiFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("SearchService:IndexPath", _index.IndexFolder);
        builder.UseSetting("SearchService:SourcePath", _index.Sources);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _index.Dispose();
    }
}
