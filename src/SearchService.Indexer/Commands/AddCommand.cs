using System.CommandLine;
using SearchService.Core.Indexing;
using SearchService.Core.Ingestion;

namespace SearchService.Indexer.Commands;

internal static class AddCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Files to add or replace (by document id).", Arity = ArgumentArity.OneOrMore };
        var index = IndexerCli.IndexOption();
        var command = new Command("add", "Adds or replaces the documents in the files; unchanged documents are skipped.") { files, index };
        command.SetAction(parse =>
        {
            using var searchIndex = SearchIndex.Open(parse.GetValue(index)!, writable: true);
            var scanner = new SourceScanner();
            var documents = scanner.Read(parse.GetValue(files)!).ToList();
            var report = new IndexUpdater(searchIndex).Upsert(documents);
            foreach (var skipped in scanner.Skipped) context.Error.WriteLine($"skipped {skipped.Path}: {skipped.Reason}");
            context.Out.WriteLine($"added {report.Added}, replaced {report.Replaced}, unchanged {report.Unchanged}; {scanner.Skipped.Select(s => s.Path).Distinct().Count()} files skipped");
            return scanner.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
