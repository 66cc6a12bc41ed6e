namespace SearchService.Core.Querying;

/// <summary>A query the parser cannot read; <see cref="Position"/> is the 0-based character offset of the problem.</summary>
public sealed class QuerySyntaxException(string problem, int position)
    : Exception($"{problem} at position {position}")
{
    public string Problem { get; } = problem;
    public int Position { get; } = position;
}
