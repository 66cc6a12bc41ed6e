using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Machine;
using SearchService.Benchmarks.Queries;
using SearchService.Benchmarks.Running;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using static System.FormattableString;

namespace SearchService.Benchmarks.Profiling;

/// <summary>
/// <c>profile</c>: where the time of a search goes, phase by phase (<see cref="SearchPhase"/>), measured inside
/// the real <see cref="Searcher"/> over the query file, single-threaded, after one warm-up pass.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(Arguments options)
    {
        var index = SearchIndex.Open(options.Required("index"));
        var searcher = new Searcher(index);
        var parser = ParserModes.FromName(options.Get("parser", "full"));
        var reps = options.Int("reps", 3);
        var translations = BenchQuery.ReadFile(options.Required("queries")).Select(QueryTranslator.Translate).Where(parser.CanRun).ToList();
        Console.WriteLine(MachineInfo.Current());
        Console.WriteLine($"profile: {translations.Count} queries the {parser.Name} parser can run, {reps} reps after 1 warm-up pass; load {ProcessStats.LoadAverage()}");

        foreach (var level in options.List("level", "paragraphs,documents").Select(Levels.Parse))
        {
            var requests = translations.Select(t => (t.Query, Request: SearchRunner.Request(t.Text, level))).ToList();
            foreach (var (_, request) in requests) searcher.Search(request); // warm-up
            var phases = new SearchPhases();
            var perClass = new Dictionary<string, SearchPhases>(StringComparer.Ordinal);
            long matches = 0;
            for (var r = 0; r < reps; r++)
            {
                foreach (var (query, request) in requests)
                {
                    var mine = perClass.TryGetValue(query.Class, out var c) ? c : perClass[query.Class] = new SearchPhases();
                    var before = mine.Milliseconds.ToArray();
                    matches += searcher.Search(request, mine).Total;
                    for (var i = 0; i < before.Length; i++) phases.Milliseconds[i] += mine.Milliseconds[i] - before[i];
                }
            }
            Print(level, requests.Count * reps, phases, perClass, matches);
            Console.WriteLine(Invariant($"  process so far: allocated {GC.GetTotalAllocatedBytes() / 1e9:F2} GB, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        }
        return 0;
    }

    private static void Print(SearchLevel level, int searches, SearchPhases phases, Dictionary<string, SearchPhases> perClass, long matches)
    {
        var ms = phases.Milliseconds;
        var total = ms.Sum();
        Console.WriteLine(Invariant($"\nPROFILE level={SearchRequest.LevelName(level)}: {searches} searches, {total / searches:F2} ms/search, {matches / (double)searches:F0} matches/search"));
        Table.Print(["phase", "ms total", "share", "ms/search"],
            Enum.GetValues<SearchPhase>().Select(p => (IReadOnlyList<string>)[p.ToString(), Invariant($"{ms[(int)p]:F0}"), Invariant($"{ms[(int)p] / total * 100:F1}%"), Invariant($"{ms[(int)p] / searches:F2}")]));
        Console.WriteLine(Invariant($"  matching, filtering and facet counting: {ms[(int)SearchPhase.MatchAndFacets] * 1000 / Math.Max(1, matches):F3} µs per match"));
        Console.WriteLine("  share of each phase by class:");
        Table.Print(new[] { "class" }.Concat(Enum.GetValues<SearchPhase>().Select(p => p.ToString())).ToList(),
            perClass.Select(kv => (IReadOnlyList<string>)new[] { kv.Key }.Concat(kv.Value.Milliseconds.Select(v => Invariant($"{v / kv.Value.Milliseconds.Sum() * 100:F0}%"))).ToList()));
    }
}
