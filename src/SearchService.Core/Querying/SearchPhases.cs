using System.Diagnostics;

namespace SearchService.Core.Querying;

/// <summary>The phases of one search, in the order <see cref="Searcher"/> runs them.</summary>
public enum SearchPhase
{
    /// <summary>Acquire the current searcher (its facet data is warmed when it opens).</summary>
    Open,
    /// <summary>Parse the query for the level.</summary>
    Parse,
    /// <summary>Find every matching unit with its score, test the filters, count every facet dimension, keep the top hits.</summary>
    MatchAndFacets,
    /// <summary>Sort the kept hits and cut the page.</summary>
    Page,
    /// <summary>Load the page's stored documents, highlight and cut snippets.</summary>
    Hits,
    /// <summary>Facet results and did-you-mean.</summary>
    Finish,
}

/// <summary>
/// Optional timings of a search's phases, for the benchmark's profile: measuring the real search path rather
/// than a copy of it. Times add up across the searches it is passed to.
/// </summary>
public sealed class SearchPhases
{
    private long _lap = Stopwatch.GetTimestamp();

    public double[] Milliseconds { get; } = new double[Enum.GetValues<SearchPhase>().Length];

    public void Start() => _lap = Stopwatch.GetTimestamp();

    public void Lap(SearchPhase phase)
    {
        var now = Stopwatch.GetTimestamp();
        Milliseconds[(int)phase] += Stopwatch.GetElapsedTime(_lap, now).TotalMilliseconds;
        _lap = now;
    }
}
