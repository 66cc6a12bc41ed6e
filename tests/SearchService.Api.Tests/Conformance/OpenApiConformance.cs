using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace SearchService.Api.Tests.Conformance;

/// <summary>
/// Checks recorded answers against the OpenAPI document the same app serves: the status is one the operation documents,
/// the media type is one it documents for that status, and a JSON body validates against that response's schema
/// (JSON Schema 2020-12, which OpenAPI 3.1 schemas are). An answer to a path or method the document does not describe
/// must be the 404 or 405 problem+json every unknown route gets.
/// </summary>
public sealed class OpenApiConformance
{
    /// <summary>Served beside the API but not part of it: the document itself, its reference page, the demo's stylesheet.</summary>
    private static readonly string[] NotDescribed = ["/openapi/", "/scalar", "/demo.css"];

    private static readonly Uri DocumentUri = new("https://searchservice.test/openapi/v1.json");

    private readonly JsonElement _document;
    private readonly BuildOptions _build;
    private readonly List<(Regex Path, string Template)> _paths;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    public OpenApiConformance(string openApiJson)
    {
        _document = JsonDocument.Parse(openApiJson).RootElement.Clone();
        var registry = new SchemaRegistry();
        registry.Register(DocumentUri, new JsonElementBaseDocument(_document, DocumentUri));
        _build = new BuildOptions { SchemaRegistry = registry };
        _paths = _document.GetProperty("paths").EnumerateObject()
            .Select(p => (new Regex("^" + Regex.Replace(Regex.Escape(p.Name), @"\\\{[^}]+}", "[^/]+") + "$"), p.Name)).ToList();
    }

    /// <summary>False for what the document rightly leaves out: the paths above, and CORS preflights (OPTIONS), which the
    /// CORS middleware answers for any path before routing.</summary>
    public static bool IsDescribed(string method, string path) =>
        method != "OPTIONS" && !NotDescribed.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    /// <summary>What is wrong with this answer, or null.</summary>
    public string? Check(RecordedExchange exchange)
    {
        var template = _paths.FirstOrDefault(p => p.Path.IsMatch(exchange.Path)).Template;
        if (template is null) return Unrouted(exchange, 404, "no path of the document matches");
        var method = exchange.Method.ToLowerInvariant();
        if (!_document.GetProperty("paths").GetProperty(template).TryGetProperty(method, out var operation))
            return Unrouted(exchange, 405, $"{template} documents no {exchange.Method}");
        var responses = operation.GetProperty("responses");
        var status = exchange.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!responses.TryGetProperty(status, out var response) && !responses.TryGetProperty("default", out response))
            return $"{exchange}: status {status} is not documented for {exchange.Method} {template} (documented: {string.Join(", ", responses.EnumerateObject().Select(r => r.Name))})";
        if (!response.TryGetProperty("content", out var content)) return exchange.Body.Length == 0 || exchange.Method == "HEAD" ? null : $"{exchange}: a body where the document describes none";
        var mediaType = exchange.ContentType?.Split(';')[0].Trim();
        if (mediaType is null) return exchange.Body.Length == 0 ? null : $"{exchange}: a body without a Content-Type";
        var described = content.EnumerateObject().FirstOrDefault(c => MediaTypeMatches(c.Name, mediaType));
        if (described.Value.ValueKind == JsonValueKind.Undefined)
            return $"{exchange}: {mediaType} is not among the documented {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}";
        if (exchange.Method == "HEAD" || !mediaType.EndsWith("json", StringComparison.Ordinal) || !described.Value.TryGetProperty("schema", out var schema)) return null;
        return Validate(exchange, schema, $"{exchange.Method} {template} {status} {mediaType}");
    }

    /// <summary>What is wrong with <paramref name="value"/> as an instance of the component schema <paramref name="name"/>, or
    /// null: for bodies whose media type holds several JSON values (JSON Lines), checked one value at a time.</summary>
    public string? CheckComponent(string name, JsonElement value)
    {
        var key = "component " + name;
        if (!_schemas.TryGetValue(key, out var built))
            _schemas[key] = built = JsonSchema.FromText($$"""{"$ref": "{{DocumentUri}}#/components/schemas/{{name}}"}""", _build, new Uri($"https://searchservice.test/responses/{_schemas.Count}"));
        var result = built.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5);
        return $"not a {name}: {string.Join("; ", errors)}";
    }

    private string? Unrouted(RecordedExchange exchange, int expected, string why)
    {
        if (exchange.Status != expected && !(expected == 404 && exchange.Status == 400))
            return $"{exchange}: {why}, so the answer must be {expected}";
        if (exchange.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
            return $"{exchange}: {why}; the {exchange.Status} must be application/problem+json";
        return Validate(exchange, JsonDocument.Parse("""{"$ref": "#/components/schemas/ProblemDetails"}""").RootElement, "ProblemDetails");
    }

    private string? Validate(RecordedExchange exchange, JsonElement schema, string key)
    {
        JsonSchema? built;
        // Answers are checked as they are sent, several at once (a page's search and its own fetches): each schema is
        // built and registered once, under a lock, or two answers of one kind register the same address and fail.
        lock (_schemas)
        {
            if (!_schemas.TryGetValue(key, out built))
            {
                // The response's schema refers into the document's components: point those references at the registered document.
                var text = schema.GetRawText().Replace("\"#/components/", $"\"{DocumentUri}#/components/", StringComparison.Ordinal);
                _schemas[key] = built = JsonSchema.FromText(text, _build, new Uri($"https://searchservice.test/responses/{_schemas.Count}"));
            }
        }
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(Decoded(exchange.Body)).RootElement;
        }
        catch (JsonException e)
        {
            return $"{exchange}: the body is not JSON ({e.Message})";
        }
        var result = built.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5);
        return $"{exchange}: the body does not match {key}: {string.Join("; ", errors)} — {Encoding.UTF8.GetString(Decoded(exchange.Body)).AsSpan(0, Math.Min(300, exchange.Body.Length))}";
    }

    private static byte[] Decoded(byte[] body)
    {
        if (body.Length < 2 || body[0] != 0x1f || body[1] != 0x8b) return body;
        using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    private static bool MediaTypeMatches(string documented, string actual) =>
        string.Equals(documented, actual, StringComparison.OrdinalIgnoreCase)
        || documented == "*/*"
        || (documented.EndsWith("/*", StringComparison.Ordinal) && actual.StartsWith(documented[..^1], StringComparison.OrdinalIgnoreCase));
}
