using System.CommandLine;
using SearchService.Core.Documents;
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
            // A well-formed id that is not there is input skipped (exit 1); what cannot be an id at all is a usage
            // error (exit 2). Ids are looked up first, so an id an older index holds outside today's rules is still removed.
            var odd = missing.Where(id => !DocumentIdRules.IsValid(id)).ToList();
            foreach (var id in odd) context.Error.WriteLine($"error: '{id}' is not a document id: ids are {DocumentIdRules.Description}");
            foreach (var id in missing.Except(odd)) context.Error.WriteLine($"not found: {id}");
            context.Out.WriteLine($"deleted {wanted.Length - missing.Count}");
            return odd.Count > 0 ? ExitCodes.Unusable : missing.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }
}
