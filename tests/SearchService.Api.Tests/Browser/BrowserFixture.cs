using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// One app, two partner sites (one allowed by SearchService:AllowedOrigins, one not) and one headless Chromium for all
/// browser tests: expensive to start and read-only, so shared; each test gets its own browser context.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static string SkipReason => $"{ChromiumPath} is not installed (apt-get install -y chromium); browser tests need a real Chromium.";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelAppFactory App { get; private set; } = null!;
    public StaticOrigin AllowedSite { get; private set; } = null!;
    public StaticOrigin RefusedSite { get; private set; } = null!;
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(SkipReason);

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled) return;
        // Partner pages are built on request, once the app's address is known.
        AllowedSite = await StaticOrigin.StartAsync(() => PartnerPage("Allowed partner intranet"));
        RefusedSite = await StaticOrigin.StartAsync(() => PartnerPage("Unlisted partner intranet"));
        App = new KestrelAppFactory(allowedOrigins: AllowedSite.Origin);
        App.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context whose traffic stays on 127.0.0.1: anything else is aborted and recorded.</summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        var session = new BrowserSession(context);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
            else
            {
                session.Blocked.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        session.Page = await context.NewPageAsync();
        session.Page.Console += (_, message) => { if (message.Type is "error" or "warning") session.ConsoleProblems.Add(message.Text); };
        session.Page.PageError += (_, error) => session.ConsoleProblems.Add(error);
        return session;
    }

    public string Url(string pathAndHash = "/") => new Uri(App.BaseAddress, pathAndHash).ToString();

    private string PartnerPage(string title)
    {
        var app = App.BaseAddress.GetLeftPart(UriPartial.Authority);
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{title}</title>
            <script src="{app}/widget.js" defer></script></head>
            <body><h1>{title}</h1>
            <search-widget endpoint="{app}"></search-widget>
            </body></html>
            """;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        App?.Dispose();
        if (AllowedSite is not null) await AllowedSite.DisposeAsync();
        if (RefusedSite is not null) await RefusedSite.DisposeAsync();
    }
}

public sealed class BrowserSession(IBrowserContext context) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; set; } = null!;
    public ConcurrentBag<string> Blocked { get; } = [];
    public ConcurrentBag<string> ConsoleProblems { get; } = [];

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
