using Microsoft.AspNetCore.Cors.Infrastructure;

namespace SearchService.Api.Widget;

/// <summary>Lets pages on the origins in <c>SearchService:AllowedOrigins</c> call the API from a browser (the widget).</summary>
public static class CorsSetup
{
    public const string PolicyName = "SearchWidget";

    /// <summary>How long a browser may reuse a preflight answer before asking again.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromHours(1);

    public static IServiceCollection AddWidgetCors(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCors();
        // Read the origins when the policy is first needed, not now: configuration added later (tests, command line) still counts.
        services.AddOptions<CorsOptions>().Configure(options => options.AddPolicy(PolicyName, policy =>
        {
            var origins = AllowedOrigins(configuration);
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. origins]);
            // Read-only: the admin endpoints (POST, DELETE) stay out of reach of other sites' scripts.
            policy.WithMethods("GET", "HEAD").WithHeaders("Accept", "Accept-Language").SetPreflightMaxAge(PreflightMaxAge);
        }));
        return services;
    }

    /// <summary>The allowed origins: a configuration array, or one string separated by commas, semicolons or spaces. None by default.</summary>
    public static IReadOnlyList<string> AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection("SearchService:AllowedOrigins");
        IEnumerable<string?> raw = section.GetChildren().Any()
            ? section.GetChildren().Select(child => child.Value)
            : (section.Value ?? "").Split([',', ';', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return raw
            .Select(origin => origin?.Trim().TrimEnd('/') ?? "")
            .Where(origin => origin.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
