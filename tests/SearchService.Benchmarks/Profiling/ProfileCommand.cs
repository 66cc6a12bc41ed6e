using System.Diagnostics;
using SearchService.Benchmarks.Cli;
using SearchService.Benchmarks.Machine;
using SearchService.Benchmarks.Queries;
using SearchService.Benchmarks.Running;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using static System.FormattableString;

namespace SearchService.Benchmarks.Profiling;

/// <summary>
/// <c>profile</c>: where the time of a search goes, phase by phase (see <see cref="Phase"/>), over the queries
/// the parser can run, single-threaded, after one warm-up pass. Also times the bare MATCH (rowids, no bm25)
/// to split FTS5's matching from its scoring.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(Arguments options)
    {
        var index = SearchIndex.Open(options.Required("index"));
        using var highlighter = new Fts5Highlighter();
        var runner = new SearchRunner(index, highlighter);
        var profiled = new ProfiledSearch(index, highlighter);
        var parser = ParserModes.FromName(options.Get("parser", "placeholder"));
        var reps = options.Int("reps", 3);
        var translations = BenchQuery.ReadFile(options.Required("queries")).Select(QueryTranslator.Translate).Where(parser.CanRun).ToList();
        Console.WriteLine(MachineInfo.Current());
        Console.WriteLine($"profile: {translations.Count} queries the {parser.Name} parser can run, {reps} reps after 1 warm-up pass; load {ProcessStats.LoadAverage()}");

        foreach (var level in options.List("level", "paragraphs,documents").Select(Levels.Parse))
        {
            var requests = translations.Select(t => (t.Query, Request: SearchRunner.Request(t.Text, level))).ToList();
            var phases = new double[Enum.GetValues<Phase>().Length];
            var mismatches = new List<string>();
            long matches = 0;
            foreach (var (query, request) in requests)
            {
                var expected = runner.Search(request);
                var got = profiled.Run(request, new double[phases.Length]);
                if (got.Total != expected.Total) mismatches.Add(Invariant($"q{query.Number}: {got.Total} vs Searcher {expected.Total}"));
            }
            var perClass = new Dictionary<string, double[]>(StringComparer.Ordinal);
            double rowidsMs = 0;
            var searcherClock = Stopwatch.StartNew();
            for (var r = 0; r < reps; r++) foreach (var (_, request) in requests) runner.Search(request);
            var searcherMs = searcherClock.Elapsed.TotalMilliseconds;
            using var connection = index.OpenReader();
            for (var r = 0; r < reps; r++)
            {
                foreach (var (query, request) in requests)
                {
                    var mine = new double[phases.Length];
                    matches += profiled.Run(request, mine).Total;
                    for (var i = 0; i < mine.Length; i++) phases[i] += mine[i];
                    var cls = perClass.TryGetValue(query.Class, out var c) ? c : perClass[query.Class] = new double[phases.Length];
                    for (var i = 0; i < mine.Length; i++) cls[i] += mine[i];
                    var start = Stopwatch.GetTimestamp();
                    ProfiledSearch.CountRowids(connection, level, SimpleQueryParser.ToFts5(request.Query)!);
                    rowidsMs += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                }
            }
            Print(level, requests.Count * reps, phases, perClass, rowidsMs, searcherMs, matches);
            foreach (var m in mismatches) Console.WriteLine("  MISMATCH " + m);
        }
        return 0;
    }

    private static void Print(SearchLevel level, int searches, double[] phases, Dictionary<string, double[]> perClass, double rowidsMs, double searcherMs, long matches)
    {
        var total = phases.Sum();
        var match = phases[(int)Phase.MatchAndBm25];
        Console.WriteLine(Invariant($"\nPROFILE level={SearchRequest.LevelName(level)}: {searches} searches, {total:F0} ms in phases ({total / searches:F2} ms/search); Searcher itself took {searcherMs / searches:F2} ms/search; {matches / (double)searches:F0} matches/search"));
        Table.Print(["phase", "ms total", "share", "ms/search"],
            Enum.GetValues<Phase>().Select(p => (IReadOnlyList<string>)[p.ToString(), Invariant($"{phases[(int)p]:F0}"), Invariant($"{phases[(int)p] / total * 100:F1}%"), Invariant($"{phases[(int)p] / searches:F2}")]));
        Console.WriteLine(Invariant($"  of MatchAndBm25: bare MATCH reading rowids {rowidsMs:F0} ms ({rowidsMs / match * 100:F0}%), so bm25() + its column reads ≈ {match - rowidsMs:F0} ms ({(match - rowidsMs) / match * 100:F0}%); {match * 1000 / Math.Max(1, matches):F2} µs per match in all, {(match - rowidsMs) * 1000 / Math.Max(1, matches):F2} µs of it for scoring"));
        Console.WriteLine(Invariant($"  facets: {phases[(int)Phase.FilterAndFacets] * 1000 / Math.Max(1, matches):F3} µs per match"));
        Console.WriteLine("  share of each phase by class:");
        Table.Print(new[] { "class" }.Concat(Enum.GetValues<Phase>().Select(p => p.ToString())).ToList(),
            perClass.Select(kv => (IReadOnlyList<string>)new[] { kv.Key }.Concat(kv.Value.Select(v => Invariant($"{v / kv.Value.Sum() * 100:F0}%"))).ToList()));
    }
}
