using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SearchService.Api.OpenApi;

/// <summary>
/// What the query parameters mean. They bind as text (so that a bad value is a 400 naming the parameter, not a
/// binding failure), which the generator would describe as free strings; this says what each accepts instead.
/// </summary>
internal static class ParameterSchemas
{
    private static readonly Dictionary<string, Func<OpenApiSchema>> ByName = new(StringComparer.Ordinal)
    {
        ["q"] = () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 1000 },
        ["type"] = () => Enum("documents", "documents", "paragraphs", "quotes"),
        ["sort"] = () => Enum("relevance", "relevance", "newest", "oldest"),
        ["dateInterval"] = () => Enum("month", "month", "year"),
        ["dimension"] = () => Enum(null, "department", "actor", "nation", "speaker", "date"),
        ["page"] = () => Integer(1, null, 1),
        ["pageSize"] = () => Integer(1, 100, 10),
        ["facetLimit"] = () => Integer(1, 1000, 10),
        ["snippetWords"] = () => Integer(5, 200, 30),
        ["collapse"] = () => Boolean(),
        ["explain"] = () => Boolean(),
        ["from"] = () => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        ["to"] = () => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
        ["cursor"] = () => new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        ["entries"] = () => Integer(1, 100, 20),
        ["format"] = () => Enum("csv", "csv", "jsonl"),
    };

    public static Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && ByName.TryGetValue(name, out var schema)) parameter.Schema = schema();
            // The suggest box's q is cut to the limit rather than refused.
            if (parameter.Name == "q" && context.Description.RelativePath == "api/suggest") parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
            if (parameter.Name == "limit" && context.Description.RelativePath == "api/documents/{id}/related") parameter.Schema = Integer(1, 20, 5);
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Enum(string? fallback, params string[] values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
        Default = fallback is null ? null : JsonValue.Create(fallback),
    };

    private static OpenApiSchema Integer(int minimum, int? maximum, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };

    private static OpenApiSchema Boolean() => new() { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(false) };
}
