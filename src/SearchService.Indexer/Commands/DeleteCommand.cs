using System.CommandLine;
using SearchService.Core.Indexing;

namespace SearchService.Indexer.Commands;

internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<string[]>("ID") { Description = "Ids of the documents to remove.", Arity = ArgumentArity.OneOrMore };
        var index = IndexerCli.IndexOption();
        var command = new Command("delete", "Removes documents.") { ids, index };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(ids)!;
            using var searchIndex = SearchIndex.Open(parse.GetValue(index)!, writable: true);
            var missing = new IndexUpdater(searchIndex).Delete(wanted);
            foreach (var id in missing) context.Error.WriteLine($"not found: {id}");
            context.Out.WriteLine($"deleted {wanted.Length - missing.Count}");
            return missing.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
