using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SearchService.Api.Tests.Conformance;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// The real app on real Kestrel at http://127.0.0.1:(free port), over an index built in a temp folder from seeds/:
/// a browser cannot reach WebApplicationFactory's in-memory TestServer.
/// </summary>
public sealed class KestrelAppFactory : ConformingApiFactory
{
    private readonly string _indexPath = Directory.CreateTempSubdirectory("searchservice-widget-index-").FullName;
    private readonly string _allowedOrigins;
    private readonly string _sources;

    public KestrelAppFactory(string allowedOrigins, string? sources = null)
    {
        _allowedOrigins = allowedOrigins;
        _sources = sources ?? Repository.Seeds;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    protected override HttpClient DocumentClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("SearchService:IndexPath", _indexPath);
        builder.UseSetting("SearchService:SourcePath", _sources);
        builder.UseSetting("SearchService:AllowedOrigins", _allowedOrigins);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_indexPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
