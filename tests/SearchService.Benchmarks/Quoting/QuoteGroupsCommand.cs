using System.Diagnostics;
using System.Globalization;
using SearchService.Benchmarks.Cli;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Ingestion;
using SearchService.Core.Quotations;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;
using static System.FormattableString;

namespace SearchService.Benchmarks.Quoting;

/// <summary>
/// <c>quotegroups</c>: how well quotations are grouped. The seeds and the first documents of a generated corpus get
/// quotations written again on purpose (<see cref="ConstructedQuotations"/>); the index is built by the indexer's own
/// builder, every quote record's group is read back through the same lookup as <c>GET /api/quotes/{id}/occurrences</c>,
/// and scored pairwise against the truth. Then the same quotations are grouped in memory with other shingle sizes and
/// thresholds, to show why the index uses the ones it does, and the first grouping of the opened index is timed.
/// </summary>
internal static class QuoteGroupsCommand
{
    public static int Run(Arguments options)
    {
        var corpus = options.Required("corpus");
        var seeds = options.Required("seeds");
        var work = options.Required("work");
        var limit = options.Int("documents", 20000);
        var groups = options.Int("groups", 200);
        var copies = options.Int("copies", 8);
        var negatives = options.Int("negatives", 2);
        // The construction is deterministic: --reuse true measures again on the index an earlier run built in --work.
        var reuse = options.Get("reuse", "false") == "true";
        if (!reuse && Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
            throw new ArgumentException($"--work {work} is not empty");

        var scanner = new SourceScanner();
        var seedDocuments = scanner.Read([seeds]).ToList();
        var pool = seedDocuments.Concat(scanner.Read([corpus]).Take(limit)).ToList();
        var constructed = new ConstructedQuotations(options.Int("seed", 1));
        var documents = constructed.Build(pool, seedDocuments.Select(d => d.Id).ToList(), groups, copies, negatives);
        var sources = Path.Combine(work, "sources");
        Console.WriteLine(Invariant($"{pool.Count} documents ({seedDocuments.Count} from the seeds), {constructed.Sources.Count} source quotations ({constructed.Sources.Count(s => seedDocuments.Any(d => d.Id == s.DocumentId))} of the seeds), {constructed.Insertions.Count} insertions"));

        var clock = Stopwatch.StartNew();
        if (!reuse)
        {
            Directory.CreateDirectory(sources);
            File.WriteAllLines(Path.Combine(sources, "constructed.jsonl"), documents.Select(ConstructedQuotations.JsonLine));
            clock.Restart();
            var report = new IndexBuilder().Build([sources], Path.Combine(work, "index"));
            Console.WriteLine(Invariant($"built: {report.Documents} documents, {report.Quotes} quotes in {clock.Elapsed.TotalSeconds:F1} s"));
        }

        using var index = SearchIndex.Open(Path.Combine(work, "index"));
        var searcher = new Searcher(index);
        var stored = documents.Select(d => index.GetDocument(d.Id)).OfType<Document>().ToList();
        using (var lease = index.Acquire())
        {
            clock.Restart();
            foreach (var leaf in lease.Searcher.IndexReader.Leaves) SegmentQuotes.For(leaf.AtomicReader);
            var segments = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var grouped = lease.Searcher.QuoteGroups;
            Console.WriteLine(Invariant($"grouping the opened index: {segments + clock.Elapsed.TotalMilliseconds:F0} ms ({segments:F0} ms reading signatures and pairing within segments, {clock.Elapsed.TotalMilliseconds:F0} ms joining); {grouped.Count} groups"));
        }

        var records = new List<ConstructedQuotations.Grouped>();
        var texts = new List<string>();
        foreach (var document in stored)
            foreach (var quote in document.Quotes)
            {
                var occurrences = searcher.QuoteOccurrences(new QuoteId(document.Id, quote.Index))!;
                records.Add(new ConstructedQuotations.Grouped(document.Id, quote.Index, quote.Paragraph, occurrences.GroupId));
                texts.Add(quote.Text);
            }
        Print("index (3-word shingles, containment ≥ 0.6, ≥ 3 shared)", constructed.Evaluate(records), verbose: true);

        // What the build adds per quote record, apart from storing it: the signature (best of three passes).
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            clock.Restart();
            foreach (var text in texts) QuoteSignature.Of(text);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine(Invariant($"  signatures: {texts.Count} quotations in {best:F1} ms ({best * 1000 / Math.Max(1, texts.Count):F1} µs each, best of 3)"));
        if (Environment.GetEnvironmentVariable("QG_DEBUG") is not null)
        {
            var truthOf = records.Select(r => constructed.TruthOf(r.DocumentId, r.Quote, r.Paragraph)).ToList();
            foreach (var g in records.Select((r, i) => (r, i)).GroupBy(x => x.r.Group).Where(g => g.Select(x => truthOf[x.i]).Distinct().Count() > 1).Take(8))
            {
                Console.WriteLine("--- group " + g.Key);
                foreach (var (r, i) in g) Console.WriteLine($"  [{truthOf[i]}] {r.DocumentId}#q{r.Quote}: {texts[i]}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("the same quotations grouped in memory with other rules:");
        Console.WriteLine("  shingle  containment  precision  recall  predicted pairs  true pairs  ms");
        foreach (var shingle in new[] { 2, 3, 4 })
        {
            var words = texts.Select(QuoteWords.Of).ToList();
            foreach (var containment in new[] { 0.4, 0.5, 0.6, 0.7, 0.8 })
            {
                clock.Restart();
                var rule = new QuoteMatchRule(containment, 3);
                var labels = InMemory(words.Select(w => QuoteSignature.Of(w, shingle)).ToList(), rule);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var score = constructed.Evaluate(records.Select((r, i) => r with { Group = labels[i].ToString(CultureInfo.InvariantCulture) }).ToList());
                Console.WriteLine(Invariant($"  {shingle,7}  {containment,11:F1}  {score.Precision,9:F4}  {score.Recall,6:F4}  {score.PredictedPairs,15}  {score.TruePairs,10}  {elapsed,3:F0}"));
            }
        }
        return 0;
    }

    // The grouping the index does, on one in-memory set: pairs, then groups joined strongest pair first.
    private static int[] InMemory(List<uint[]> signatures, QuoteMatchRule rule) =>
        QuoteMerging.Groups(signatures.Count, SignatureSet.Of(signatures).Pairs(rule), i => signatures[i].Length, i => i,
            (a, b) => rule.Same(signatures[a], signatures[b]));

    private static void Print(string title, ConstructedQuotations.Score score, bool verbose)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(Invariant($"  pairwise precision {score.Precision:F4} ({score.CorrectPairs}/{score.PredictedPairs}), recall {score.Recall:F4} ({score.CorrectPairs}/{score.TruePairs}) over {score.Records} quote records; {score.Missed} insertions not found as quotations by the extractor"));
        if (!verbose) return;
        foreach (var kind in ConstructedQuotations.PositiveKinds.Concat(ConstructedQuotations.NegativeKinds))
            if (score.ByKind.TryGetValue(kind, out var k))
                Console.WriteLine(Invariant($"  {kind,-15} {k.Joined,5}/{k.Total,-5} joined their source's group"));
    }
}
