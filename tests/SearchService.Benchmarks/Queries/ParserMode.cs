namespace SearchService.Benchmarks.Queries;

/// <summary>Which queries the parser behind Searcher can read. The placeholder reads operators and fields as
/// words without complaint, so running those queries would record wrong answers as if they were ours.</summary>
internal sealed record ParserMode(string Name, QueryFeatures Unsupported)
{
    public bool CanRun(Translation t) => (t.Features & Unsupported) == 0;
}

internal static class ParserModes
{
    public static readonly ParserMode Placeholder = new("placeholder", QueryFeatures.BeyondPlaceholder);
    public static readonly ParserMode Full = new("full", QueryFeatures.None);

    public static ParserMode FromName(string name) => name switch
    {
        "placeholder" => Placeholder,
        "full" => Full,
        _ => throw new ArgumentException($"--parser must be auto, placeholder or full, not '{name}'"),
    };
}
