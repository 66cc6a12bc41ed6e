using Microsoft.AspNetCore.Hosting;
using SearchService.Api.Tests.Conformance;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.Endpoints;

/// <summary>The real service over a real index file in a temp folder: seeds plus a few enriched documents.</summary>
public sealed class ApiFactory : ConformingApiFactory
{
    private readonly TestIndex _index = TestIndex.SeedsPlus(SampleDocuments.All);

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("SearchService:IndexPath", _index.IndexFolder);
        builder.UseSetting("SearchService:SourcePath", _index.Sources);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _index.Dispose();
    }
}
