using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Admin endpoints are off without a configured key (403); a wrong or missing <c>X-Api-Key</c> is 401. The key is
/// compared in constant time. Endpoints carrying this filter also carry <see cref="AdminOperation"/>, which the OpenAPI
/// document reads to put the ApiKey security scheme on them.
/// </summary>
internal static class AdminKeyFilter
{
    public const string Header = "X-Api-Key";

    public static TBuilder RequireAdminKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(Check).WithMetadata(AdminOperation.Instance);

    private static async ValueTask<object?> Check(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<SearchServiceOptions>>().Value.AdminApiKey;
        if (string.IsNullOrEmpty(configured))
            return TypedResults.Problem(title: "Admin endpoints are off", detail: "no SearchService:AdminApiKey is configured", statusCode: StatusCodes.Status403Forbidden);
        var given = context.HttpContext.Request.Headers[Header].ToString();
        var match = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        if (!match)
            return TypedResults.Problem(title: "Unauthorized", detail: $"missing or wrong {Header} header", statusCode: StatusCodes.Status401Unauthorized);
        return await next(context);
    }
}

/// <summary>Marks an endpoint that needs the admin key.</summary>
internal sealed class AdminOperation
{
    public static readonly AdminOperation Instance = new();
}
