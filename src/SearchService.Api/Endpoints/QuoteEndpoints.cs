using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Core.Querying;
using SearchService.Core.Quotations;

namespace SearchService.Api.Endpoints;

/// <summary><c>GET /api/quotes/{id}/occurrences</c>: where a quotation's words were said, oldest first.</summary>
internal static class QuoteEndpoints
{
    public static RouteGroupBuilder MapQuotes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/quotes").WithTags("Search").RequireRateLimiting(RateLimiting.PolicyName);
        group.MapGet("/{id}/occurrences", Occurrences).WithName("QuoteOccurrences")
            .WithSummary("Every document that carries a quotation's words, oldest first")
            .WithDescription("The id is a quote hit's id (DOCUMENT#qN, with # escaped as %23). Quotations are the same words when " +
                "they match after case, punctuation and quotation marks are set aside, a trimmed start or end included. " +
                "The first occurrence is the one a quote hit's group.firstSeen names; a quotation said nowhere else lists itself. " +
                "404 when no document has the quotation.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static Results<Ok<QuoteOccurrences>, ProblemHttpResult> Occurrences(
        [Description("A quote hit's id: DOCUMENT#qN.")] string id, IndexProvider indexes)
    {
        if (QuoteId.TryParse(id, out var quote) && new Searcher(indexes.Current).QuoteOccurrences(quote) is { } occurrences)
            return TypedResults.Ok(occurrences);
        return TypedResults.Problem(title: "Not found", detail: $"no quotation with id '{id}' (a quote hit's id, DOCUMENT#qN)",
            statusCode: StatusCodes.Status404NotFound);
    }
}
