using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SearchService.Api.Tests.Conformance;

/// <summary>
/// Checks every answer of the app under test against its served OpenAPI document as the answer leaves the app. It runs
/// outside the app's whole pipeline (an <see cref="IStartupFilter"/> comes before Program's middleware), so answers
/// written by the exception handler, the rate limiter and status pages are checked too. An answer that does not match
/// is replaced by a 500 naming the mismatch, so the test that asked fails on it; every mismatch is also kept for the
/// factory's disposal to report.
/// </summary>
public sealed class ResponseRecorder(Func<Task<OpenApiConformance>> document) : IStartupFilter
{
    private readonly ConcurrentQueue<string> _violations = new();
    private int _validated, _notDescribed;

    public IReadOnlyCollection<string> Violations => _violations;
    public int Validated => _validated;
    public int NotDescribed => _notDescribed;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var request = context.Request;
            if (!OpenApiConformance.IsDescribed(request.Method, request.Path.Value ?? ""))
            {
                Interlocked.Increment(ref _notDescribed);
                await nextMiddleware(context);
                return;
            }
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            // A client that went away (the widget aborts a fetch it no longer needs) received nothing: a cut-off body
            // is the serializer stopping, not the app describing its answer wrongly.
            if (context.RequestAborted.IsCancellationRequested) return;
            var exchange = new RecordedExchange(request.Method, request.Path.Value ?? "", context.Response.StatusCode, context.Response.ContentType, buffer.ToArray());
            var violation = (await document()).Check(exchange);
            Interlocked.Increment(ref _validated);
            if (violation is null || context.Response.HasStarted)
            {
                if (violation is not null) _violations.Enqueue(violation);
                buffer.Position = 0;
                await buffer.CopyToAsync(original);
                return;
            }
            _violations.Enqueue(violation);
            context.Response.Clear();
            context.Response.StatusCode = 500;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await original.WriteAsync(Encoding.UTF8.GetBytes("The answer does not match the served OpenAPI document: " + violation));
        });
        next(app);
    };
}
