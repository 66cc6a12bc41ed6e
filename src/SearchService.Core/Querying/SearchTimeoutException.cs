namespace SearchService.Core.Querying;

/// <summary>A search ran past its time budget and was stopped (its collector checks the clock every 1,024 matches).</summary>
public sealed class SearchTimeoutException(TimeSpan budget)
    : Exception($"the search ran longer than its budget of {budget.TotalMilliseconds:0} ms and was stopped; narrow the query (fewer prefixes, fuzzy words or ORs)")
{
    public TimeSpan Budget { get; } = budget;
}
