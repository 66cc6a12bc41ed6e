using System.CommandLine;
using System.Globalization;
using SearchService.Core.Indexing;

namespace SearchService.Indexer.Commands;

internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var index = IndexerCli.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("stats", "Counts of documents, paragraphs, quotes, distinct facet values, index size.") { index, json };
        command.SetAction(parse =>
        {
            using var searchIndex = SearchIndex.Open(parse.GetValue(index)!);
            var stats = searchIndex.Stats();
            if (parse.GetValue(json)) { context.WriteJson(stats); return ExitCodes.Ok; }
            var o = context.Out;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"index        {stats.File}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built at     {stats.BuiltAt}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents    {stats.Documents} articles, {stats.Listings} listing entries"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"paragraphs   {stats.Paragraphs}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotes       {stats.Quotes}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"facet values {stats.Departments} departments, {stats.Actors} actors, {stats.Nations} nations, {stats.Speakers} speakers"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"size         {stats.SizeBytes / 1024.0 / 1024.0:F2} MB in {stats.Segments} segments"));
            if (stats.UnreadableDocuments > 0)
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unreadable   {stats.UnreadableDocuments} stored documents cannot be read back (still searchable by their words, deletable by id)"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
