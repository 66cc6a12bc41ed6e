using System.CommandLine;
using System.Globalization;
using SearchService.Core.Highlighting;
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
        var index = IndexerCli.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the API's JSON." };
        var command = new Command("search", "Prints results.") { query, type, departments, actors, nations, speakers, from, to, pageSize, index, json };
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
            };
            using var highlighter = new Fts5Highlighter();
            var response = new Searcher(SearchIndex.Open(parse.GetValue(index)!), highlighter).Search(request);
            if (parse.GetValue(json)) { context.WriteJson(response); return ExitCodes.Ok; }
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} hits ({response.TookMs} ms)"));
            foreach (var hit in response.Hits)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Score,8:F3}  {hit.Date ?? "----------"}  {hit.Title}"));
                if (hit.Speaker is not null) context.Out.WriteLine($"          {hit.Speaker}:");
                context.Out.WriteLine($"          {Plain(hit.Snippet)}");
            }
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

    private static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new ArgumentException($"{option} must be a date YYYY-MM-DD, not '{value}'");

    // The terminal shows matches in brackets instead of HTML tags.
    private static string Plain(string html) => System.Net.WebUtility.HtmlDecode(html.Replace("<mark>", "[", StringComparison.Ordinal).Replace("</mark>", "]", StringComparison.Ordinal));
}
