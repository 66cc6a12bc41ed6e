using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Core.Indexing;

namespace SearchService.Api.Endpoints;

internal static class HealthEndpoints
{
    public sealed record Health(string Status, int Documents, string? IndexBuiltAt,
        [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Detail = null);

    public static IEndpointConventionBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the service can answer searches, with the number of documents and when the index was built")
            .Produces<Health>(StatusCodes.Status503ServiceUnavailable);

    public static Results<Ok<Health>, JsonHttpResult<Health>> Check(IndexProvider indexes)
    {
        try
        {
            var (documents, builtAt) = indexes.Current.Summary();
            return TypedResults.Ok(new Health("ok", documents, builtAt));
        }
        catch (IndexUnusableException e)
        {
            return TypedResults.Json(new Health("unavailable", 0, null, e.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
