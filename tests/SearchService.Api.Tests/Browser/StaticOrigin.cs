using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SearchService.Api.Tests.Browser;

/// <summary>A tiny site on another 127.0.0.1 port: an intranet page of some other team that embeds the widget.</summary>
public sealed class StaticOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticOrigin(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The origin as a browser sends it in the Origin header (no trailing slash).</summary>
    public string Origin => Url.GetLeftPart(UriPartial.Authority);

    public static async Task<StaticOrigin> StartAsync(Func<string> html)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html(), "text/html; charset=utf-8"));
        await app.StartAsync();
        return new StaticOrigin(app, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
