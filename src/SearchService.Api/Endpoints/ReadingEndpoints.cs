using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchService.Api.Hosting;
using SearchService.Core.Documents;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// From a result to the release: <c>/read/{id}</c>, the stable link for a person (feeds and exports link to it), opens
/// the document in the demo page's reading view; <c>/api/documents/{id}/related</c> lists the releases most like it.
/// </summary>
internal static class ReadingEndpoints
{
    /// <summary>The answer of <c>GET /api/documents/{id}/related</c>: hits in search's document-hit shape, most similar first.</summary>
    public sealed record RelatedResponse(string DocumentId, IReadOnlyList<SearchHit> Hits);

    public static IEndpointRouteBuilder MapReading(this IEndpointRouteBuilder app)
    {
        app.MapGet(ReadingLinks.Prefix + "{id}", Read).WithName("ReadDocument").WithTags("Widget")
            .WithSummary("A document opened in the demo page's reading view")
            .WithDescription("The link for a person (every hit's readUrl; feeds and exports link here): answers 302 to the demo page with " +
                "the widget's state in the fragment, /#search?q=...&open={id}. A document that is not in the index shows as not found there. " +
                "400 for something that cannot be a document id.")
            .Produces(StatusCodes.Status302Found)
            .ProducesValidationProblem();
        app.MapGroup("/api/documents").WithTags("Documents").RequireRateLimiting(RateLimiting.PolicyName)
            .MapGet("/{id}/related", Related).WithName("RelatedDocuments")
            .WithSummary("The releases most like one document")
            .WithDescription("Lucene's MoreLikeThis over the document's title, summary and body: its most telling words looked up in the " +
                "same fields of every other document. Leaves out the document itself and its listing twins (the headline a \"Latest News\" " +
                "listing gave the same release). Hits have search's document-hit shape. 404 when no document has the id.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static Results<RedirectHttpResult, ValidationProblem> Read(HttpRequest request, string id,
        [Description("The query whose words the reading view marks.")] string? q)
    {
        var errors = new Dictionary<string, string[]>();
        var documentId = DocumentEndpoints.RouteId(id);
        // An id of an index older than the id rules may hold '/', reached as %2F like GET /api/documents does.
        if (!documentId.Split('/').All(DocumentIdRules.IsValid)) errors["id"] = [$"id must be {DocumentIdRules.Description}, not '{id}'."];
        if (q is { Length: > SearchParameters.MaxQueryLength }) errors["q"] = [$"q is {q.Length} characters; the limit is {SearchParameters.MaxQueryLength}."];
        if (errors.Count > 0) return Problems.Validation(errors);
        // The widget's own address for the state: #search?q=...&open=ID, read back with URLSearchParams.
        var state = string.IsNullOrWhiteSpace(q) ? "" : "q=" + Uri.EscapeDataString(q.Trim()) + "&";
        return TypedResults.Redirect($"{request.PathBase}/#search?{state}open={Uri.EscapeDataString(documentId)}");
    }

    public static Results<Ok<RelatedResponse>, ValidationProblem, ProblemHttpResult> Related(string id,
        [Description("How many related documents, 1-20.")][DefaultValue("5")] string? limit,
        IndexProvider indexes, ILogger<IndexProvider> logger)
    {
        var count = RelatedDocuments.DefaultCount;
        if (!string.IsNullOrEmpty(limit)
            && !(int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= RelatedDocuments.MaxCount))
            return Problems.Validation(new() { ["limit"] = [$"limit must be a whole number from 1 to {RelatedDocuments.MaxCount}, not '{limit}'."] });
        var index = indexes.Current;
        var (document, problem) = DocumentEndpoints.Find(index, id, logger);
        if (document is null) return problem!;
        return TypedResults.Ok(new RelatedResponse(document.Id, new RelatedDocuments(index).Find(document, count)));
    }
}
