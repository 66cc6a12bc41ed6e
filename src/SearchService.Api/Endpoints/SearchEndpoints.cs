using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Core.Highlighting;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Search");
        group.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Ranked, highlighted search with facet counts")
            .WithDescription("Searches documents, paragraphs or quotations. Facet counts are disjunctive: each dimension is counted with every filter but its own.");
        return group;
    }

    public static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, IndexProvider indexes, Fts5Highlighter highlighter)
    {
        var request = parameters.ToRequest(out var errors);
        if (request is null) return Problems.Validation(errors);
        try
        {
            return TypedResults.Ok(new Searcher(indexes.Current, highlighter).Search(request));
        }
        catch (QuerySyntaxException e)
        {
            return TypedResults.Problem(title: "Invalid query", detail: $"q: {e.Message}", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["position"] = e.Position });
        }
    }
}
