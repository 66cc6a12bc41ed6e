using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Suggesting;

namespace SearchService.Api.Endpoints;

internal static class SearchEndpoints
{
    private static readonly string[] Dimensions = ["department", "actor", "nation", "speaker", "date"];

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Search").RequireRateLimiting(RateLimiting.PolicyName);
        const string searchDescription = "Searches documents, paragraphs or quotations. Facet counts are disjunctive: each dimension is counted with every filter but its own.";
        group.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Ranked, highlighted search with facet counts")
            .WithDescription(searchDescription)
            .ProducesReadErrors();
        // HEAD answers what GET would, without the body: link checkers and monitors ask this way.
        group.MapMethods("/search", [HttpMethods.Head], Search)
            .WithName("SearchHead")
            .WithSummary("Headers of a search, without the body")
            .WithDescription(searchDescription)
            .ProducesReadErrors();
        group.MapGet("/facets/{dimension}", Facets)
            .WithName("FacetValues")
            .WithSummary("Values of one facet for a query")
            .WithDescription("All values of department, actor, nation, speaker or date (with counts) for a query and filters, optionally those with a word starting with prefix (ignoring case and accents).")
            .ProducesReadErrors();
        group.MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Completions of a prefix")
            .WithDescription("Titles, actors, nations, departments and frequent words that complete what the user is typing, best first.")
            .ProducesReadErrors();
        return group;
    }

    // Every read may be rate limited or find no usable index; 400 comes with the ValidationProblem of the handlers' result types.
    private static RouteHandlerBuilder ProducesReadErrors(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    public static Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        [AsParameters] SearchParameters parameters, IndexProvider indexes, IOptions<SearchServiceOptions> options)
    {
        var request = parameters.ToRequest(out var errors);
        if (request is null) return Problems.Validation(errors);
        return Run(() => TypedResults.Ok(new Searcher(indexes.Current).Search(request, budget: options.Value.QueryBudget)));
    }

    public static Results<Ok<FacetValuesResponse>, ValidationProblem, ProblemHttpResult> Facets(
        [Description("department | actor | nation | speaker | date")] string dimension,
        [AsParameters] SearchParameters parameters,
        [Description("Only values with a word starting with this (case and accents ignored).")] string? prefix,
        IndexProvider indexes, IOptions<SearchServiceOptions> options)
    {
        var request = parameters.ToRequest(out var errors);
        if (!Dimensions.Contains(dimension)) errors["dimension"] = [$"dimension must be one of {string.Join(", ", Dimensions)}, not '{dimension}'."];
        if (request is null || errors.Count > 0) return Problems.Validation(errors);
        var limit = parameters.FacetLimit is null ? 100 : request.FacetLimit;
        return Run(() => TypedResults.Ok(new FacetValuesResponse(dimension,
            new Searcher(indexes.Current).FacetValues(request, dimension, prefix, limit, options.Value.QueryBudget))));
    }

    public static Ok<SuggestResponse> Suggest([Description("What the user has typed so far.")] string? q, IndexProvider indexes)
    {
        var text = (q ?? "").Length > SearchParameters.MaxQueryLength ? q![..SearchParameters.MaxQueryLength] : q ?? "";
        return TypedResults.Ok(new SuggestResponse(new Searcher(indexes.Current).Suggest(text)));
    }

    // Errors the caller can fix become 400s naming what to fix; the query's position goes in the detail too.
    internal static Results<Ok<T>, ValidationProblem, ProblemHttpResult> Run<T>(Func<Ok<T>> search)
    {
        try
        {
            return search();
        }
        catch (QuerySyntaxException e)
        {
            // A validation problem like any other bad parameter (errors names q), with the position as well.
            var message = $"q: {e.Message}";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [message] }, detail: message, title: "Invalid query",
                extensions: new Dictionary<string, object?> { ["position"] = e.Position });
        }
        catch (InvalidSearchParameterException e)
        {
            return Problems.Validation(new Dictionary<string, string[]> { [e.Parameter] = [e.Message] });
        }
        catch (SearchTimeoutException e)
        {
            // The service is fine; this query is too costly for it. 503 tells clients not to retry it at once.
            return TypedResults.Problem(title: "Search took too long", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

/// <summary>The answer of <c>GET /api/facets/{dimension}</c>.</summary>
public sealed record FacetValuesResponse(string Dimension, IReadOnlyList<FacetValue> Values);
