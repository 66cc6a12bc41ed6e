using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
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
            .WithDescription("With q, the answer adds highlighted: the text with the query's words marked for the reading view (400 for a query search would refuse). " +
                "404 when no document has the id; 409 when one has it but its stored copy cannot be read back " +
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

    public static Results<Ok<Document>, ValidationProblem, ProblemHttpResult> Get(string id,
        [Description("A query (as search's q): the answer adds highlighted, the title, summary, paragraphs and quotations with its words marked.")] string? q,
        IndexProvider indexes, ILogger<IndexProvider> logger)
    {
        if (q is { Length: > SearchParameters.MaxQueryLength })
            return Problems.Validation(new() { ["q"] = [$"q is {q.Length} characters; the limit is {SearchParameters.MaxQueryLength}."] });
        var index = indexes.Current;
        var (document, problem) = Find(index, id, logger);
        if (document is null) return problem!;
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.Ok(document);
        // The reading view: the query's marks over the whole text, by the snippets' rules; a bad query is search's 400.
        return SearchEndpoints.Run(() => TypedResults.Ok(document with { Highlighted = DocumentMarker.Mark(index, document, q) }));
    }

    /// <summary>The stored document, or the 404 (no such id) or 409 (stored copy unreadable) that says why not.</summary>
    internal static (Document? Document, ProblemHttpResult? Problem) Find(SearchIndex index, string id, ILogger logger)
    {
        if (index.GetDocument(RouteId(id)) is { } document) return (document, null);
        if (!index.Contains(RouteId(id))) return (null, NotFound(id));
        // Every way in validates documents, so this is damage or an older program's write: say so, never a 500.
        logger.LogWarning("The stored copy of document {Id} cannot be read back", RouteId(id));
        return (null, TypedResults.Problem(title: "Unreadable document",
            detail: $"document '{RouteId(id)}' is in the index but its stored copy cannot be read back; delete it and add it again",
            statusCode: StatusCodes.Status409Conflict));
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
    internal static string RouteId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Not found", detail: $"no document with id '{RouteId(id)}'", statusCode: StatusCodes.Status404NotFound);
}
