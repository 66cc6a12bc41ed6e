using System.ComponentModel;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Net.Http.Headers;

namespace SearchService.Api.Widget;

/// <summary>Serves the embeddable widget (<c>/widget.js</c>) and the demo intranet page (<c>/</c>) that embeds it.</summary>
public static class WidgetEndpoints
{
    // The demo page loads only its own script and stylesheet and calls only its own API. The widget styles its shadow DOM
    // with a constructed stylesheet, which CSP does not govern, so no 'unsafe-inline' is needed.
    internal const string DemoPagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    internal const string AssetPolicy = "default-src 'none'; frame-ancestors 'none'";

    private const string EndpointPlaceholder = "{{ENDPOINT}}";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder app)
    {
        // HEAD too, so `curl -I` and link checkers see the caching headers; one operation each, so every operationId is unique.
        foreach (var (method, suffix) in new[] { (HttpMethods.Get, ""), (HttpMethods.Head, "Head") })
        {
            app.MapMethods("/", [method], DemoPage)
                .WithName("DemoPage" + suffix).WithTags("Widget")
                .WithSummary("Demo intranet page with the search widget embedded")
                .Produces<string>(StatusCodes.Status200OK, contentType: "text/html");
            app.MapMethods("/widget.js", [method], Script)
                .WithName("Widget" + suffix).WithTags("Widget")
                .WithSummary("The embeddable <search-widget> web component")
                .WithDescription("Cached by content: the ETag is the content hash; with ?v=<that hash> the answer is immutable for a year.")
                .Produces<string>(StatusCodes.Status200OK, contentType: "text/javascript")
                .Produces(StatusCodes.Status304NotModified);
        }
        app.MapGet("/demo.css", DemoStyles).ExcludeFromDescription();
        return app;
    }

    private static IResult DemoPage(HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        var html = Encoding.UTF8.GetString(WidgetAssets.DemoPage.Content)
            .Replace(EndpointPlaceholder, HtmlEncoder.Default.Encode(origin), StringComparison.Ordinal);
        SetSecurityHeaders(context, DemoPagePolicy);
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Content(html, WidgetAssets.DemoPage.ContentType);
    }

    private static IResult Script(
        HttpContext context,
        [Description("Content hash of the widget (its ETag); when it matches, the answer may be cached for good.")] string? v)
    {
        // A versioned URL never changes content; the plain URL is revalidated every few minutes so fixes reach every intranet.
        var cacheControl = string.Equals(v, WidgetAssets.Script.Version, StringComparison.OrdinalIgnoreCase)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=300, must-revalidate";
        // Pages on other origins load it with a plain <script>, which needs no CORS but must not be blocked by CORP.
        context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return Serve(context, WidgetAssets.Script, cacheControl);
    }

    private static IResult DemoStyles(HttpContext context) =>
        Serve(context, WidgetAssets.DemoStyles, "public, max-age=300, must-revalidate");

    private static IResult Serve(HttpContext context, WidgetAsset asset, string cacheControl)
    {
        var headers = context.Response.Headers;
        SetSecurityHeaders(context, AssetPolicy);
        headers.CacheControl = cacheControl;
        headers.ETag = asset.ETag;
        headers.Vary = "Accept-Encoding";
        if (Matches(context.Request.Headers.IfNoneMatch, asset)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        if (AcceptsGzip(context.Request.Headers.AcceptEncoding))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(asset.Gzipped, asset.ContentType);
        }
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private static void SetSecurityHeaders(HttpContext context, string contentSecurityPolicy)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, WidgetAsset asset)
    {
        if (ifNoneMatch.Count == 0 || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = new EntityTagHeaderValue(asset.ETag);
        // Weak comparison: a proxy that recompresses the body may have weakened our tag (W/"...").
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var encodings)
        && encodings.Any(e => string.Equals(e.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1) > 0);
}
