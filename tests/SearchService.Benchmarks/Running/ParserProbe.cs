using SearchService.Benchmarks.Queries;
using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Running;

/// <summary>
/// Finds out which parser sits behind Searcher by asking it something with a checkable answer: a OR b must
/// match at least as much as a and as b. The placeholder reads "OR" as a third word to AND, and answers less
/// (or throws). Once the full parser lands on main this picks it up with no change here.
/// </summary>
internal static class ParserProbe
{
    public static ParserMode Detect(SearchRunner runner, string a, string b)
    {
        try
        {
            int Total(string q) => runner.Search(SearchRunner.Request(q, SearchLevel.Documents)).Total;
            var (ta, tb, tor) = (Total(a), Total(b), Total($"{a} OR {b}"));
            return tor >= Math.Max(ta, tb) && tor > 0 ? ParserModes.Full : ParserModes.Placeholder;
        }
        catch (QuerySyntaxException)
        {
            return ParserModes.Placeholder;
        }
    }
}
