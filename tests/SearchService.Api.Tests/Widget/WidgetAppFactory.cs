using Microsoft.AspNetCore.Hosting;
using SearchService.Api.Tests.Conformance;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Widget;

/// <summary>The app in memory over a temp-folder index built from seeds/, allowing two partner origins.</summary>
public sealed class WidgetAppFactory : ConformingApiFactory
{
    public const string AllowedOrigin = "https://intranet.example.gov.uk";
    public const string OtherAllowedOrigin = "http://localhost:8080";

    private readonly string _indexPath = Directory.CreateTempSubdirectory("searchservice-widget-http-index-").FullName;

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("SearchService:IndexPath", _indexPath);
        builder.UseSetting("SearchService:SourcePath", Repository.Seeds);
        builder.UseSetting("SearchService:AllowedOrigins", $"{AllowedOrigin}/; {OtherAllowedOrigin}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_indexPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
