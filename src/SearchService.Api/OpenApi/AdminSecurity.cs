using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchService.Api.Endpoints;

namespace SearchService.Api.OpenApi;

/// <summary>The admin key as an <c>apiKey</c> security scheme in the X-Api-Key header, required by the admin operations only.</summary>
internal static class AdminSecurity
{
    public const string SchemeName = "AdminApiKey";

    public static Task TransformDocumentAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AdminKeyFilter.Header,
            Description = "The value of SearchService:AdminApiKey. Without a configured key the admin operations answer 403; a missing or wrong key is 401.",
        };
        // Everything else is open: one empty requirement at the root says so (Redocly's security-defined wants every
        // operation to say what it needs), and the admin operations override it with the key.
        document.Security = [new OpenApiSecurityRequirement()];
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.Extensions?.Remove(AdminMarker) != true) continue;
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        }
        return Task.CompletedTask;
    }

    // The operation transformer sees the endpoint's metadata but not the document's components: it marks the
    // operation, and the document transformer (which runs after) puts the requirement on it.
    private const string AdminMarker = "x-searchservice-admin";

    public static Task TransformOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<AdminOperation>().Any())
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[AdminMarker] = new JsonNodeExtension(true);
        }
        return Task.CompletedTask;
    }
}
