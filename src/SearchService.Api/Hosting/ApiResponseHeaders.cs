namespace SearchService.Api.Hosting;

/// <summary>
/// nosniff and Cache-Control on the API, health and OpenAPI answers, errors included (set as the response starts, after
/// the exception handler may have cleared headers). Answers change with every write, and admin answers must never sit
/// in a shared cache: no-store, unless the endpoint set its own (the feed). The OpenAPI document changes only with a deployment: no-cache (kept, revalidated).
/// The widget and demo page set their own (Widget/WidgetEndpoints.cs).
/// </summary>
internal static class ApiResponseHeaders
{
    public static IApplicationBuilder UseApiResponseHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        var cacheControl = path.StartsWithSegments("/openapi") ? "no-cache"
            : path.StartsWithSegments("/api") || path.StartsWithSegments("/healthz") ? "no-store"
            : null;
        if (cacheControl is not null)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                // An endpoint that chose its own caching keeps it (the feed: a short max-age with an ETag); errors never
                // carry one, as the exception handler clears the headers.
                if (string.IsNullOrEmpty(context.Response.Headers.CacheControl)) context.Response.Headers.CacheControl = cacheControl;
                return Task.CompletedTask;
            });
        }
        // HEAD answers carry no body on any host: Kestrel drops it, the in-memory test server would not.
        if (HttpMethods.IsHead(context.Request.Method)) context.Response.Body = Stream.Null;
        return next(context);
    });
}
