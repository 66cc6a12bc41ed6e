using System.CommandLine;
using System.Globalization;
using SearchService.Core.Indexing;
using Spectre.Console;

namespace SearchService.Indexer.Commands;

internal static class BuildCommand
{
    public static Command Create(CliContext context)
    {
        var sources = new Option<string[]>("--source")
        {
            Description = "A folder or file to read (repeatable). Default: seeds/.",
            AllowMultipleArgumentsPerToken = false,
        };
        var index = IndexerCli.IndexOption();
        var command = new Command("build", "Builds a fresh index from every supported file under the sources, atomically.") { sources, index };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(sources) is { Length: > 0 } given ? given : ["seeds"];
            var report = context.Interactive
                ? BuildWithProgressBar(paths, parse.GetValue(index)!)
                : new IndexBuilder().Build(paths, parse.GetValue(index)!);
            foreach (var skipped in report.Skipped) context.Error.WriteLine($"skipped {skipped.Path}: {skipped.Reason}");
            context.Out.WriteLine(Summary(report));
            return report.Skipped.Count > 0 ? ExitCodes.Partial : ExitCodes.Ok;
        });
        return command;
    }

    public static string Summary(BuildReport report) => string.Create(CultureInfo.InvariantCulture,
        $"built {report.Documents} documents, {report.Paragraphs} paragraphs, {report.Quotes} quotes, {report.ListingEntries} listing entries; {report.Skipped.Select(s => s.Path).Distinct().Count()} files skipped; {report.Elapsed.TotalSeconds:F1} s -> {report.IndexFile}");

    private static BuildReport BuildWithProgressBar(string[] paths, string index)
    {
        BuildReport? report = null;
        AnsiConsole.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("indexing files");
            report = new IndexBuilder().Build(paths, index, (done, total) =>
            {
                task.MaxValue = Math.Max(total, 1);
                task.Value = done;
            });
        });
        return report!;
    }
}
