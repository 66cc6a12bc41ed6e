using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Runs a search for an endpoint that answers something other than the search's JSON (the feed, the export) and turns
/// the errors a caller can fix into the same answers <c>/api/search</c> gives: a syntax error is 400 naming q with the
/// position, a bad cursor or parameter 400 naming it, a search over its time budget 503.
/// </summary>
internal static class SearchRunner
{
    /// <summary>The answer, or the 400 (<see cref="Invalid"/>) or 503 (<see cref="Failed"/>) to give instead.</summary>
    public readonly record struct Outcome<T>(T? Response, ValidationProblem? Invalid = null, ProblemHttpResult? Failed = null);

    public static Outcome<T> Run<T>(Func<T> search)
    {
        try
        {
            return new(search());
        }
        catch (QuerySyntaxException e)
        {
            var message = $"q: {e.Message}";
            return new(default, Invalid: TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [message] }, detail: message, title: "Invalid query",
                extensions: new Dictionary<string, object?> { ["position"] = e.Position }));
        }
        catch (InvalidSearchParameterException e)
        {
            return new(default, Invalid: Problems.Validation(new Dictionary<string, string[]> { [e.Parameter] = [e.Message] }));
        }
        catch (SearchTimeoutException e)
        {
            return new(default, Failed: TypedResults.Problem(title: "Search took too long", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable));
        }
    }
}
