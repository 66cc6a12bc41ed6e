using System.CommandLine;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;

namespace SearchService.Indexer.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Files (or folders) to read.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Prints the documents extracted from the files as JSON; writes nothing.") { files };
        command.SetAction(parse =>
        {
            var scanner = new SourceScanner();
            var enricher = new DocumentEnricher();
            var documents = scanner.Read(parse.GetValue(files)!).Select(enricher.Enrich).ToList();
            context.WriteJson(documents);
            foreach (var skipped in scanner.Skipped) context.Error.WriteLine($"skipped {skipped.Path}: {skipped.Reason}");
            return scanner.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
