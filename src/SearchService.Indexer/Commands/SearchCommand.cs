using System.CommandLine;
using System.Globalization;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Indexer.Commands;

internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "The query (the API's syntax)." };
        var type = new Option<string>("--type") { Description = "documents | paragraphs | quotes", DefaultValueFactory = _ => "documents" };
        var departments = new Option<string[]>("--department") { Description = "Filter (repeatable)." };
        var actors = new Option<string[]>("--actor") { Description = "Filter (repeatable)." };
        var nations = new Option<string[]>("--nation") { Description = "Filter (repeatable)." };
        var speakers = new Option<string[]>("--speaker") { Description = "Filter on quotes (repeatable)." };
        var from = new Option<string?>("--from") { Description = "YYYY-MM-DD, inclusive." };
        var to = new Option<string?>("--to") { Description = "YYYY-MM-DD, inclusive." };
        var pageSize = new Option<int>("--page-size") { Description = "Hits to print (1-100).", DefaultValueFactory = _ => 10 };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "relevance | newest | oldest", DefaultValueFactory = _ => "relevance" };
        var facets = new Option<string?>("--facets") { Description = "Facet dimensions, comma-separated (department, actor, nation, date, speaker)." };
        var facetLimit = new Option<int>("--facet-limit") { Description = "Values per facet (1-1000).", DefaultValueFactory = _ => 10 };
        var dateInterval = new Option<string>("--date-interval") { Description = "month | year", DefaultValueFactory = _ => "month" };
        var collapse = new Option<bool>("--collapse") { Description = "Paragraphs: best paragraph per document." };
        var cursor = new Option<string?>("--cursor") { Description = "nextCursor of a previous answer." };
        var snippetWords = new Option<int>("--snippet-words") { Description = "Snippet length in words (5-200).", DefaultValueFactory = _ => 30 };
        var explain = new Option<bool>("--explain") { Description = "Add each hit's score parts." };
        var index = IndexerCli.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the API's JSON." };
        var command = new Command("search", "Prints results.") 
        {
            query, type, departments, actors, nations, speakers, from, to, pageSize, page, sort, facets, facetLimit, dateInterval, collapse, cursor, snippetWords, explain, index, json,
        };
        command.SetAction(parse =>
        {
            var request = new SearchRequest
            {
                Query = parse.GetValue(query) ?? "",
                Level = ParseLevel(parse.GetValue(type)!),
                Departments = parse.GetValue(departments) ?? [],
                Actors = parse.GetValue(actors) ?? [],
                Nations = parse.GetValue(nations) ?? [],
                Speakers = parse.GetValue(speakers) ?? [],
                From = ParseDate(parse.GetValue(from), "--from"),
                To = ParseDate(parse.GetValue(to), "--to"),
                PageSize = Math.Clamp(parse.GetValue(pageSize), 1, 100),
                Page = Math.Max(1, parse.GetValue(page)),
                Sort = ParseSort(parse.GetValue(sort)!),
                Facets = parse.GetValue(facets)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                FacetLimit = Math.Clamp(parse.GetValue(facetLimit), 1, 1000),
                DateInterval = parse.GetValue(dateInterval) switch
                {
                    "month" => DateInterval.Month,
                    "year" => DateInterval.Year,
                    var other => throw new ArgumentException($"--date-interval must be month or year, not '{other}'"),
                },
                Collapse = parse.GetValue(collapse),
                Cursor = parse.GetValue(cursor),
                SnippetWords = Math.Clamp(parse.GetValue(snippetWords), 5, 200),
                Explain = parse.GetValue(explain),
            };
            using var searchIndex = SearchIndex.Open(parse.GetValue(index)!);
            var response = new Searcher(searchIndex).Search(request);
            if (parse.GetValue(json)) { context.WriteJson(response); return ExitCodes.Ok; }
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} hits ({response.TookMs} ms)"));
            if (response.DidYouMean is not null) context.Out.WriteLine($"Did you mean: {response.DidYouMean}");
            foreach (var hit in response.Hits)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,8:F3}  {hit.Date ?? "----------"}  {hit.Title}"));
                if (hit.Speaker is not null) context.Out.WriteLine($"          {hit.Speaker}:");
                context.Out.WriteLine($"          {Plain(hit.Snippet)}");
            }
            foreach (var (dimension, values) in response.Facets.Where(f => f.Value.Count > 0))
                context.Out.WriteLine($"{dimension}: {string.Join(", ", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value} ({v.Count})")))}");
            if (response.NextCursor is not null) context.Out.WriteLine($"next: --cursor {response.NextCursor}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static SearchLevel ParseLevel(string type) => type switch
    {
        "documents" => SearchLevel.Documents,
        "paragraphs" => SearchLevel.Paragraphs,
        "quotes" => SearchLevel.Quotes,
        _ => throw new ArgumentException($"--type must be documents, paragraphs or quotes, not '{type}'"),
    };

    private static SortOrder ParseSort(string sort) => sort switch
    {
        "relevance" => SortOrder.Relevance,
        "newest" => SortOrder.Newest,
        "oldest" => SortOrder.Oldest,
        _ => throw new ArgumentException($"--sort must be relevance, newest or oldest, not '{sort}'"),
    };

    private static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"{option} must be a date YYYY-MM-DD, not '{value}'");

    // The terminal shows matches in brackets instead of HTML tags.
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal));
}
