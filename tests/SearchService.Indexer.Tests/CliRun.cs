namespace SearchService.Indexer.Tests;

/// <summary>Runs the indexer in-process and captures what a user would see.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = IndexerCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
