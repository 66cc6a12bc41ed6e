using Microsoft.AspNetCore.Http.HttpResults;

namespace SearchService.Api.Endpoints;

internal static class Problems
{
    /// <summary>A 400 whose detail repeats every message, so a client that reads only detail still learns what was wrong.</summary>
    public static ValidationProblem Validation(Dictionary<string, string[]> errors, string title = "Invalid parameters") =>
        TypedResults.ValidationProblem(errors,
            detail: string.Join(" ", errors.SelectMany(e => e.Value)),
            title: title);
}
