using System.CommandLine;
using SearchService.Core.Enrichment.Evaluation;

namespace SearchService.Indexer.Commands;

/// <summary>Scores extraction against the labelled data in the shared folder (seeds, GOV.UK examples, Reuters-21578).</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new Option<string>("--shared")
        {
            Description = "The shared folder with expected/seeds.json and corpus/.",
            DefaultValueFactory = _ => Path.Combine("..", "shared"),
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also list every individual miss." };
        var command = new Command("evaluate", "Scores extraction (readers + enrichment) against labelled data; exits 1 when a threshold is missed.") { shared, verbose };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(shared)!;
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"shared folder not found: {folder}");
            var report = ExtractionEvaluator.EvaluateAll(folder);
            context.Out.WriteLine(report.ToString());
            if (parse.GetValue(verbose))
                foreach (var failure in report.Failures) context.Out.WriteLine("  miss: " + failure);
            return report.Passed ? ExitCodes.Ok : ExitCodes.Partial;
        });
        return command;
    }
}
