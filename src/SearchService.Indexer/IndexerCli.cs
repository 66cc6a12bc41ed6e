using System.CommandLine;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Indexer.Commands;

namespace SearchService.Indexer;

/// <summary>The <c>searchservice-indexer</c> command line: one file per command under Commands/.</summary>
internal static class IndexerCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        var context = new CliContext(output, error, interactive);
        var root = new RootCommand("Builds and queries the SearchService index of press releases, statements and news.")
        {
            BuildCommand.Create(context),
            AddCommand.Create(context),
            DeleteCommand.Create(context),
            ExtractCommand.Create(context),
            SearchCommand.Create(context),
            StatsCommand.Create(context),
            EvaluateCommand.Create(context),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"error: {parseError.Message}");
            error.WriteLine("Run with --help for usage.");
            return ExitCodes.Unusable;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IndexUnusableException or QuerySyntaxException or InvalidSearchParameterException or ArgumentException
            or IndexLockedException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {FirstLine(e.Message)}");
            return ExitCodes.Unusable;
        }
        catch (Exception e)
        {
            // The contract: errors are one line, never a stack trace, whatever failed (a document the index cannot
            // read back once ended `delete` with exit 134 and a trace). Say what failed; a person can look further.
            error.WriteLine($"error: {e.GetType().Name}: {FirstLine(e.Message)}");
            return ExitCodes.Unusable;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();

    public static Option<string> IndexOption() => new("--index")
    {
        Description = "The index folder.",
        DefaultValueFactory = _ => "index",
    };
}
