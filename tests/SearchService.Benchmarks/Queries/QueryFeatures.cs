namespace SearchService.Benchmarks.Queries;

/// <summary>The syntax a translated query needs from our parser.</summary>
[Flags]
internal enum QueryFeatures
{
    None = 0,
    Or = 1,
    Not = 2,
    Group = 4,
    Field = 8,
    DateRange = 16,
    Fuzzy = 32,

    /// <summary>What today's placeholder (SimpleQueryParser: words, "phrases", prefix*, all AND) cannot read:
    /// it does not throw on these, it silently reads OR/NOT/field:/[..] as words, so they must be skipped, not run.</summary>
    BeyondPlaceholder = Or | Not | Group | Field | DateRange | Fuzzy,
}
