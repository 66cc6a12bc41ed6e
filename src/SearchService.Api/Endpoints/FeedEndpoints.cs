using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SearchService.Api.Hosting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// <c>GET /api/feed</c>: any search, followed in a feed reader. The newest hits of the search as Atom 1.0, with a strong
/// ETag named after what the answer is made of (the index's content version, the search, the host it links to, this
/// build), so a reader polling every few minutes gets 304 without a search being run until the index changes.
/// </summary>
internal static class FeedEndpoints
{
    public const int DefaultEntries = 20;
    public const int MaxEntries = 100;

    /// <summary>Readers may reuse a feed for a minute without asking; after that the ETag makes asking cheap.</summary>
    public const string CacheControl = "public, max-age=60";

    // A deployment that changes how feeds are written must not be answered 304 for an older build's bytes.
    private static readonly string Build = typeof(FeedEndpoints).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static RouteGroupBuilder MapFeed(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Follow and export").RequireRateLimiting(RateLimiting.PolicyName);
        group.MapGet("/feed", Feed)
            .WithName("Feed")
            .WithSummary("A search as an Atom feed, newest first")
            .WithDescription($"The newest hits of a search (same q, type and filters as /api/search) as Atom 1.0: each entry links to the reading view (/read/{{documentId}}?q=...), its summary is the snippet (type=\"html\", escaped text with <mark>), its author the department. At most {MaxEntries} entries (entries, default {DefaultEntries}). Conditional GET: the ETag changes when the index or the search does; If-None-Match answers 304. Cache-Control: {CacheControl}.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult> Feed(
        [AsParameters] SearchFilters filters,
        [Description($"How many of the newest hits, 1-100 (default 20).")] string? entries,
        HttpContext context, IndexProvider indexes, IOptions<SearchServiceOptions> options)
    {
        var request = filters.ToSearchParameters().ToRequest(out var errors);
        var count = Entries(entries, errors);
        if (request is null || errors.Count > 0) return Problems.Validation(errors);
        request = request with { Sort = SortOrder.Newest, Page = 1, PageSize = count, Facets = [], Cursor = null };

        var index = indexes.Current;
        var origin = $"{context.Request.Scheme}://{context.Request.Host.Value}";
        // Links are made from the parsed search, never from the raw query string, so the bytes depend only on what the ETag names.
        var search = Query(filters.Pairs());
        var selfUrl = $"{origin}/api/feed" + QueryString.Create(filters.Pairs()
            .Concat(string.IsNullOrEmpty(entries) ? [] : [new("entries", count.ToString(CultureInfo.InvariantCulture))])
            .Concat(string.IsNullOrEmpty(filters.SnippetWords) ? [] : [new("snippetWords", request.SnippetWords.ToString(CultureInfo.InvariantCulture))]));
        var before = index.ContentVersion();
        var etag = ETag(before, selfUrl);
        var headers = context.Response.Headers;
        if (IfNoneMatch(context.Request.Headers.IfNoneMatch, etag))
        {
            headers.ETag = etag;
            headers.CacheControl = CacheControl;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var answer = SearchRunner.Run(() => new Searcher(index).Search(request, budget: options.Value.QueryBudget));
        if (answer.Invalid is { } invalid) return invalid;
        if (answer.Failed is { } failed) return failed;
        var feed = AtomFeed.Write(new AtomFeed.Context(origin, selfUrl, request.Query, Title(request), search, index.BuiltAt), answer.Response!.Hits);
        // A write that landed while the search ran: these bytes may be of either version, so they get no validator.
        if (index.ContentVersion() == before) headers.ETag = etag;
        headers.CacheControl = CacheControl;
        return TypedResults.File(feed, AtomFeed.ContentType);
    }

    private static int Entries(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return DefaultEntries;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxEntries) return n;
        errors["entries"] = [$"entries must be a whole number from 1 to {MaxEntries}, not '{text}'."];
        return DefaultEntries;
    }

    private static string Title(SearchRequest request)
    {
        var filters = request.Departments.Concat(request.Actors).Concat(request.Nations).Concat(request.Speakers).ToList();
        if (request.From is { } from) filters.Add("from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (request.To is { } to) filters.Add("to " + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var what = request.Query.Length > 0 ? $"Press releases matching “{request.Query}”" : "Newest press releases";
        if (request.Level != SearchLevel.Documents) what += $" ({SearchRequest.LevelName(request.Level)})";
        return filters.Count > 0 ? $"{what} · {string.Join(" · ", filters)}" : what;
    }

    // The widget's hash for the same search, newest first; also what the feed's id is named after (the same on every host).
    private static string Query(IEnumerable<KeyValuePair<string, string?>> pairs) =>
        QueryString.Create(pairs.Append(new("sort", "newest"))).ToUriComponent().TrimStart('?');

    // The feed's bytes are a function of this build, the index's content and the canonical feed URL (origin and search).
    private static string ETag(string contentVersion, string selfUrl)
    {
        var name = string.Join('\n', Build, contentVersion, selfUrl);
        return $"\"{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
    }

    private static bool IfNoneMatch(Microsoft.Extensions.Primitives.StringValues header, string etag)
    {
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        var current = new EntityTagHeaderValue(etag);
        // If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy that recompressed the feed may have weakened the tag.
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
