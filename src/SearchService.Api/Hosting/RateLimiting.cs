using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SearchService.Api.Hosting;

/// <summary>
/// Per-client limits on the read endpoints (search, suggest, facets): a token bucket per remote address,
/// answered 429 problem+json with Retry-After when empty. <c>SearchService:RateLimit:PermitsPerSecond</c> = 0 turns it off
/// (load tests from one address).
/// </summary>
internal static class RateLimiting
{
    public const string PolicyName = "per-client-search";

    public sealed class Options
    {
        public double PermitsPerSecond { get; set; } = 50;
        public int Burst { get; set; } = 100;
    }

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        // Read per request through IOptions: configuration added after registration (tests, command line) still counts.
        services.AddOptions<Options>().BindConfiguration("SearchService:RateLimit");
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<Options>>().Value;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"this client is over {options.PermitsPerSecond} requests per second; retry after {seconds} s",
                    },
                });
            };
            limiter.AddPolicy(PolicyName, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<Options>>().Value;
                if (options.PermitsPerSecond <= 0) return RateLimitPartition.GetNoLimiter("off");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, options.Burst),
                    TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(options.PermitsPerSecond / 10)),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, (int)Math.Ceiling(options.PermitsPerSecond / 10)) / options.PermitsPerSecond),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }
}
