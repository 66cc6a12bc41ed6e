using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SearchService.Api.OpenApi;

/// <summary>Title, description, licence, tags, server address and the POST body: what the generator cannot know.</summary>
internal static class DocumentDescription
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Search"] = "Ranked, highlighted search over documents, paragraphs and quotations, with disjunctive facet counts and suggestions.",
        ["Follow and export"] = "A search followed as an Atom feed, and every hit of a search as a CSV or JSON Lines file.",
        ["Documents"] = "The documents as extracted, and the admin operations that add, replace and remove them.",
        ["Health"] = "Whether the service can answer, for monitors and load balancers.",
        ["Widget"] = "The embeddable <search-widget> and a demo intranet page that embeds it.",
    };

    public static Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "SearchService API";
        document.Info.Description = "Full-text search of government press releases, statements and news: documents, paragraphs and quotations, " +
            "with facets by department, people, countries, speakers and dates. Every error is application/problem+json (RFC 9457).";
        // The content served is Crown copyright press releases, published under the Open Government Licence.
        document.Info.License = new OpenApiLicense
        {
            Name = "Open Government Licence v3.0",
            Url = new Uri("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"),
        };
        // A trailing slash on the server makes clients that join it with "/api/..." ask for "//api/...".
        foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        DescribeDocumentsBody(document);
        return Task.CompletedTask;
    }

    // POST /api/documents takes one Document or an array of them; the handler reads the body itself, so say so here.
    private static void DescribeDocumentsBody(OpenApiDocument document)
    {
        if (document.Paths.TryGetValue("/api/documents", out var path) && path.Operations?.TryGetValue(HttpMethod.Post, out var post) == true)
        {
            var one = new OpenApiSchemaReference("Document", document);
            post.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "One document, or an array of documents (at most SearchService:MaxDocumentBodyBytes).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchema { OneOf = [one, new OpenApiSchema { Type = JsonSchemaType.Array, Items = one, MinItems = 1 }] } },
                },
            };
        }
    }
}
