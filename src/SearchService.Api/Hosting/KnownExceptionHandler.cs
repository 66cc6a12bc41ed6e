using Microsoft.AspNetCore.Diagnostics;
using SearchService.Core.Indexing;

namespace SearchService.Api.Hosting;

/// <summary>
/// Turns the failures a client can cause or must wait out into problem+json with the right status: an
/// unusable index is 503 (try later), a malformed request 400. Nothing internal (stack, Lucene text) leaks.
/// </summary>
internal sealed class KnownExceptionHandler(IProblemDetailsService problems, ILogger<KnownExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            IndexUnusableException e => (StatusCodes.Status503ServiceUnavailable, "Index unavailable", e.Message),
            IndexLockedException e => (StatusCodes.Status503ServiceUnavailable, "Index locked", e.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            _ => (0, "", ""),
        };
        if (status == 0) return false;
        logger.LogWarning("{Status} {Title}: {Detail}", status, title, detail);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }
}
