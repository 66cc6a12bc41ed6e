using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Api.Endpoints;

internal static class DocumentEndpoints
{
    /// <summary>What a POST wrote. <c>ids</c> names every document written, in order: each posted document followed by
    /// the listing documents made from its listing entries, so added + replaced + unchanged = ids.length.</summary>
    public sealed record IndexedDocuments(int Added, int Replaced, int Unchanged, IReadOnlyList<string> Ids);

    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", Get).WithName("GetDocument")
            .WithSummary("One document as the indexer extracted it")
            .WithDescription("404 when no document has the id; 409 when one has it but its stored copy cannot be read back " +
                "(counted by the command line's stats): delete it and add it again.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        var admin = group.MapGroup("").RequireAdminKey();
        admin.MapPost("", Post).WithName("IndexDocuments")
            .WithSummary("Admin: index one document or an array of documents")
            .WithDescription("Adds or replaces documents by id. Each document is validated first (id rules, non-blank titles, " +
                "positions, dates); a 400 names every field at fault, and then nothing is written.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        admin.MapDelete("/{id}", Delete).WithName("DeleteDocument")
            .WithSummary("Admin: remove one document")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static Results<Ok<Document>, ProblemHttpResult> Get(string id, IndexProvider indexes, ILogger<IndexProvider> logger)
    {
        var index = indexes.Current;
        if (index.GetDocument(RouteId(id)) is { } document) return TypedResults.Ok(document);
        if (!index.Contains(RouteId(id))) return NotFound(id);
        // Every way in validates documents, so this is damage or an older program's write: say so, never a 500.
        logger.LogWarning("The stored copy of document {Id} cannot be read back", RouteId(id));
        return TypedResults.Problem(title: "Unreadable document",
            detail: $"document '{RouteId(id)}' is in the index but its stored copy cannot be read back; delete it and add it again",
            statusCode: StatusCodes.Status409Conflict);
    }

    public static async Task<Results<Created<IndexedDocuments>, ValidationProblem, ProblemHttpResult>> Post(
        HttpRequest request, IndexProvider indexes, IOptions<SearchServiceOptions> options, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            return TypedResults.Problem(title: "Unsupported media type", detail: $"send the documents as application/json, not '{request.ContentType}'",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        var body = await LimitedBody.ReadAsync(request, options.Value.MaxDocumentBodyBytes, cancellationToken);
        if (body is null)
            return TypedResults.Problem(title: "Too large", detail: $"the body is over the limit of {options.Value.MaxDocumentBodyBytes} bytes (SearchService:MaxDocumentBodyBytes)",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        DocumentBody.Parsed parsed;
        try
        {
            using var json = JsonDocument.Parse(body.Value);
            parsed = DocumentBody.Read(json.RootElement);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(title: "Invalid document JSON", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        if (parsed.Errors.Count > 0) return Problems.Validation(parsed.Errors, "Invalid documents");

        var report = indexes.Upsert(parsed.Documents);
        var ids = parsed.Documents
            .SelectMany(d => d.ListingEntries.Select(e => DocumentIds.ForListingEntry(e.Title, e.Published)).Prepend(d.Id))
            .ToList();
        var location = parsed.Documents.Count == 1 ? $"/api/documents/{parsed.Documents[0].Id}" : null;
        return TypedResults.Created(location, new IndexedDocuments(report.Added, report.Replaced, report.Unchanged, ids));
    }

    public static Results<NoContent, ProblemHttpResult> Delete(string id, IndexProvider indexes) =>
        indexes.Delete([RouteId(id)]).Count == 0
            ? TypedResults.NoContent()
            : NotFound(id);

    // Ids are written only as DocumentIdRules allow, which needs no escaping. An index built before those rules may
    // hold an id with '/', which a client escapes as %2F and routing leaves escaped: decode it so that id is reachable too.
    private static string RouteId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Not found", detail: $"no document with id '{RouteId(id)}'", statusCode: StatusCodes.Status404NotFound);
}
