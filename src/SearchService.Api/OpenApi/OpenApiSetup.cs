using System.Text.Json.Serialization;

namespace SearchService.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, written for the clients generated from it: numbers typed as numbers,
/// parameters as the README names them with their enums and formats, every answer with its schema, the admin key as a
/// security scheme. Redocly lints it in CI and every response of the API tests is validated against it.
/// </summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddSearchOpenApi(this IServiceCollection services)
    {
        // The web defaults let numbers be read from strings, which the schema generator then describes as
        // "integer | string" with a pattern: generated clients typed every count as number | string. Bodies are
        // written with numbers and this API reads no number from a JSON string, so strict is what it means.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options =>
        {
            options.AddOperationTransformer(ParameterSchemas.TransformAsync);
            options.AddOperationTransformer(AdminSecurity.TransformOperationAsync);
            options.AddOperationTransformer(FollowAndExportHeaders.TransformAsync);
            options.AddDocumentTransformer(DocumentDescription.TransformAsync);
            options.AddDocumentTransformer(AdminSecurity.TransformDocumentAsync);
        });
        return services;
    }
}
