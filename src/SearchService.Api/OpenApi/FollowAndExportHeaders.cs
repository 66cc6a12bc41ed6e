using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SearchService.Api.OpenApi;

/// <summary>
/// What the feed and the export say in headers, and what their bodies are, which endpoint metadata cannot express: the
/// feed's validator and caching, the export's file name and total, and that a JSON Lines body is one SearchHit per line.
/// </summary>
internal static class FollowAndExportHeaders
{
    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        switch (operation.OperationId)
        {
            case "Feed":
                foreach (var status in new[] { "200", "304" })
                {
                    if (operation.Responses?.TryGetValue(status, out var response) != true || response is not OpenApiResponse feed) continue;
                    feed.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    feed.Headers["ETag"] = Header("Strong validator of this feed: changes when the index's content or the search changes. Send it back in If-None-Match.");
                    feed.Headers["Cache-Control"] = Header("public, max-age=60");
                }
                break;
            case "Export":
                if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse file) break;
                file.Headers ??= new Dictionary<string, IOpenApiHeader>();
                file.Headers["Content-Disposition"] = Header("attachment; filename=\"press-releases-QUERY.csv\"; filename*=UTF-8''… (the query, lower-cased, letters and digits joined by hyphens)");
                file.Headers["X-Total-Count"] = Header("How many hits the search has; the file holds at most SearchService:ExportMaxRows of them.", JsonSchemaType.Integer);
                if (file.Content?.TryGetValue("application/jsonl", out var lines) == true && lines.Schema is OpenApiSchema schema)
                    schema.Description = "JSON Lines: one search hit per line, each an object of the SearchHit schema (as in /api/search's hits).";
                if (file.Content?.TryGetValue("text/csv", out var csv) == true && csv.Schema is OpenApiSchema table)
                    table.Description = "UTF-8 with BOM, RFC 4180, a header row; formulas neutralised with a leading '.";
                break;
        }
        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
