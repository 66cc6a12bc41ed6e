using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SearchService.Api.Hosting;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// <c>GET /api/export</c>: every hit of a search as a file, CSV or JSON Lines, up to
/// <see cref="SearchServiceOptions.ExportMaxRows"/>. The first page is searched before anything is sent, so a bad query
/// is still a 400 (or a slow one a 503); then the hits are streamed page by page with the search's own cursor
/// (<see cref="HitExport"/>), so memory holds one page however many hits there are.
/// </summary>
internal static class ExportEndpoints
{
    public static RouteGroupBuilder MapExport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Follow and export").RequireRateLimiting(RateLimiting.PolicyName);
        group.MapGet("/export", Export)
            .WithName("Export")
            .WithSummary("Every hit of a search as a CSV or JSON Lines download")
            .WithDescription("Same q, type and filters as /api/search, in the search's sort order (sort), up to SearchService:ExportMaxRows hits " +
                $"(default {SearchServiceOptions.DefaultExportMaxRows:N0}); X-Total-Count says how many match. format=csv: UTF-8 with BOM, RFC 4180, a header row of " +
                $"{string.Join(", ", CsvHitWriter.Columns)}; the snippet as plain text; a text cell starting with = + - @, tab or CR is prefixed with ' so a spreadsheet " +
                "shows it rather than runs it. format=jsonl: one search hit (the SearchHit schema) per line. Content-Disposition names the file after the query.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/jsonl")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    public static Results<HitExport, ValidationProblem, ProblemHttpResult> Export(
        [AsParameters] SearchFilters filters,
        [Description("csv (default) | jsonl")] string? format,
        [Description("relevance (default) | newest | oldest")] string? sort,
        IndexProvider indexes, IOptions<SearchServiceOptions> options, IOptions<JsonOptions> json)
    {
        var request = filters.ToSearchParameters(sort).ToRequest(out var errors);
        var kind = (string.IsNullOrEmpty(format) ? "csv" : format) switch
        {
            "csv" => HitExport.Format.Csv,
            "jsonl" => HitExport.Format.JsonLines,
            _ => (HitExport.Format?)null,
        };
        if (kind is null) errors["format"] = [$"format must be csv or jsonl, not '{format}'."];
        if (request is null || kind is not { } chosen || errors.Count > 0) return Problems.Validation(errors);

        var cap = options.Value.ExportMaxRows;
        var budget = options.Value.QueryBudget;
        // Each page asks the index in service now: an export that outlives a rebuild continues on the new generation.
        SearchResponse Page(string? cursor, int size) => new Searcher(indexes.Current).Search(request with
        {
            Page = 1, PageSize = size, Cursor = cursor, Facets = [], Explain = false,
        }, budget: budget);
        var first = SearchRunner.Run(() => Page(null, Math.Min(HitExport.PageSize, cap)));
        if (first.Invalid is { } invalid) return invalid;
        if (first.Failed is { } failed) return failed;
        return new HitExport(chosen, first.Response!, Page, cap, ExportFileName.ContentDisposition(request.Query, chosen == HitExport.Format.Csv ? "csv" : "jsonl"),
            json.Value.SerializerOptions);
    }
}
