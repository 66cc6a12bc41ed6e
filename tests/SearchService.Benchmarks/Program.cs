using SearchService.Benchmarks.Building;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Enriching;
using SearchService.Benchmarks.Profiling;
using SearchService.Benchmarks.Queries;
using SearchService.Benchmarks.Quoting;
using SearchService.Benchmarks.Running;

const string UsageText = """
    searchservice-bench build     --corpus FILE.jsonl --index DIR [--results FILE.jsonl]
    searchservice-bench query     --index DIR --queries FILE [--level documents,paragraphs] [--tsv OUT.tsv]
                                  [--warmup 2] [--reps 5] [--threads 1,2] [--parser auto|placeholder|full] [--results FILE.jsonl]
    searchservice-bench profile   --index DIR --queries FILE [--level documents,paragraphs] [--reps 3] [--parser ...]
    searchservice-bench translate --queries FILE [--parser ...] [--lua OUT.lua --level documents|paragraphs]
    searchservice-bench enrich    --corpus FILE|DIR [--documents N] [--warmup 1] [--reps 3]
    searchservice-bench quotegroups --corpus FILE.jsonl --seeds DIR --work EMPTY_DIR [--documents 20000]
                                  [--groups 200] [--copies 8] [--negatives 2] [--seed 1] [--reuse true]
    """;

try
{
    if (args.Length == 0) return PrintUsage();
    var options = Arguments.Parse(args.Skip(1));
    return args[0] switch
    {
        "build" => BuildCommand.Run(options),
        "query" => QueryCommand.Run(options),
        "profile" => ProfileCommand.Run(options),
        "translate" => TranslateCommand.Run(options),
        "enrich" => EnrichCommand.Run(options),
        "quotegroups" => QuoteGroupsCommand.Run(options),
        _ => PrintUsage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return PrintUsage();
}

int PrintUsage()
{
    Console.Error.WriteLine(UsageText);
    return 2;
}
