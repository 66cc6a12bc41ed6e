using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Documents;
using SearchService.Core.Ingestion;

namespace SearchService.Api.Endpoints;

internal static class DocumentEndpoints
{
    public sealed record IndexedDocuments(int Added, int Replaced, int Unchanged, IReadOnlyList<string> Ids);

    public static RouteGroupBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/{id}", Get).WithName("GetDocument").WithSummary("One document as the indexer extracted it");

        var admin = group.MapGroup("").AddEndpointFilter(RequireAdminKey);
        admin.MapPost("/", Post).WithName("IndexDocuments")
            .WithSummary("Admin: index one document or an array of documents (X-Api-Key)")
            .Accepts<Document>("application/json");
        admin.MapDelete("/{id}", Delete).WithName("DeleteDocument").WithSummary("Admin: remove one document (X-Api-Key)");
        return group;
    }

    public static Results<Ok<Document>, ProblemHttpResult> Get(string id, IndexProvider indexes) =>
        indexes.Current.GetDocument(id) is { } document
            ? TypedResults.Ok(document)
            : TypedResults.Problem(title: "Not found", detail: $"no document with id '{id}'", statusCode: StatusCodes.Status404NotFound);

    public static async Task<Results<Created<IndexedDocuments>, ProblemHttpResult>> Post(
        HttpRequest request, IndexProvider indexes, IOptions<SearchServiceOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxDocumentBodyBytes;
        var tooLarge = TypedResults.Problem(title: "Too large", detail: $"the body is over the limit of {limit} bytes (SearchService:MaxDocumentBodyBytes)", statusCode: StatusCodes.Status413PayloadTooLarge);
        if (request.ContentLength > limit) return tooLarge;
        // Chunked bodies carry no length: read at most limit + 1 bytes and refuse if there is more.
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > limit) return tooLarge;
            body.Write(buffer, 0, read);
        }
        body.Position = 0;
        List<Document> documents;
        try
        {
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            documents = json.RootElement.ValueKind == JsonValueKind.Array
                ? json.RootElement.EnumerateArray().Select(e => DocumentJson.FromElement(e, "api")).ToList()
                : [DocumentJson.FromElement(json.RootElement, "api")];
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return TypedResults.Problem(title: "Invalid document JSON", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        if (documents.Count == 0)
            return TypedResults.Problem(title: "Invalid document JSON", detail: "the array holds no documents", statusCode: StatusCodes.Status400BadRequest);
        var report = indexes.Upsert(documents);
        var ids = documents.Select(d => d.Id).ToList();
        return TypedResults.Created(ids.Count == 1 ? $"/api/documents/{Uri.EscapeDataString(ids[0])}" : (string?)null,
            new IndexedDocuments(report.Added, report.Replaced, report.Unchanged, ids));
    }

    public static Results<NoContent, ProblemHttpResult> Delete(string id, IndexProvider indexes) =>
        indexes.Delete([id]).Count == 0
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Not found", detail: $"no document with id '{id}'", statusCode: StatusCodes.Status404NotFound);

    // Admin endpoints are off without a configured key (403); a wrong or missing key is 401. Compared in constant time.
    private static async ValueTask<object?> RequireAdminKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var configured = context.HttpContext.RequestServices.GetRequiredService<IOptions<SearchServiceOptions>>().Value.AdminApiKey;
        if (string.IsNullOrEmpty(configured))
            return TypedResults.Problem(title: "Admin endpoints are off", detail: "no SearchService:AdminApiKey is configured", statusCode: StatusCodes.Status403Forbidden);
        var given = context.HttpContext.Request.Headers["X-Api-Key"].ToString();
        var match = CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
        if (!match)
            return TypedResults.Problem(title: "Unauthorized", detail: "missing or wrong X-Api-Key header", statusCode: StatusCodes.Status401Unauthorized);
        return await next(context);
    }
}
