using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace SearchService.Api.Tests.Widget;

public sealed class WidgetEndpointsTests(WidgetAppFactory factory) : IClassFixture<WidgetAppFactory>
{
    [Fact]
    public async Task WidgetScriptIsServedAsJavaScriptWithAContentHashETag()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/widget.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("^\"[0-9a-f]{16}\"$", response.Headers.ETag?.Tag);
        AssertRevalidatedAfterMinutes(response);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("cross-origin", Header(response, "Cross-Origin-Resource-Policy"));
        Assert.NotNull(Header(response, "Content-Security-Policy"));
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("customElements.define('search-widget'", script, StringComparison.Ordinal);
        // About 38 kB before issue 13; the reading view added some 10 kB (2.4 kB gzipped), follow/download some 4 kB: 52 kB, 15.5 kB gzipped.
        Assert.True(script.Length < 56_000, $"widget.js is {script.Length} bytes");
    }

    [Fact]
    public async Task UnchangedWidgetAnswersNotModified()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/widget.js", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task VersionedWidgetUrlIsImmutable()
    {
        using var client = factory.CreateClient();
        using var plain = await client.GetAsync(new Uri("/widget.js", UriKind.Relative));
        var version = plain.Headers.ETag!.Tag.Trim('"');

        using var versioned = await client.GetAsync(new Uri($"/widget.js?v={version}", UriKind.Relative));
        using var stale = await client.GetAsync(new Uri("/widget.js?v=0000000000000000", UriKind.Relative));

        Assert.Equal(TimeSpan.FromDays(365), versioned.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", versioned.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        AssertRevalidatedAfterMinutes(stale);
    }

    [Fact]
    public async Task WidgetIsGzippedForClientsThatAcceptIt()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Contains("search-widget", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoPageEmbedsTheWidgetWithTheTwoDocumentedLinesUnderAStrictPolicy()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/widget.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("<search-widget endpoint=\"http://localhost\"></search-widget>", html, StringComparison.Ordinal);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotNull(Header(response, "Referrer-Policy"));

        using var css = await client.GetAsync(new Uri("/demo.css", UriKind.Relative));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AllowedOriginGetsCorsHeadersAndACachedPreflight()
    {
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/healthz");
        preflight.Headers.Add("Origin", WidgetAppFactory.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept");

        using var response = await client.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(WidgetAppFactory.AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("GET", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Equal("3600", Header(response, "Access-Control-Max-Age"));
    }

    [Theory]
    [InlineData(WidgetAppFactory.AllowedOrigin)]
    [InlineData(WidgetAppFactory.OtherAllowedOrigin)]
    public async Task SimpleGetFromAnAllowedOriginIsShared(string origin)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(origin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task UnlistedOriginGetsNoCorsHeaders()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task PreflightForWritesIsRefusedEvenForAnAllowedOrigin()
    {
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/documents");
        preflight.Headers.Add("Origin", WidgetAppFactory.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await client.SendAsync(preflight);

        Assert.DoesNotContain("POST", Header(response, "Access-Control-Allow-Methods") ?? "", StringComparison.Ordinal);
    }

    private static void AssertRevalidatedAfterMinutes(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        Assert.NotNull(cache);
        Assert.True(cache.Public);
        Assert.True(cache.MustRevalidate);
        Assert.Equal(TimeSpan.FromMinutes(5), cache.MaxAge);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
