using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Indexing;

/// <summary>What a build did; the indexer prints it as its summary line.</summary>
public sealed record BuildReport(
    int Documents, int Paragraphs, int Quotes, int ListingEntries,
    IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed, string IndexFile);

/// <summary>
/// Builds a fresh index from source files into a new generation file and publishes it only when complete:
/// a build that fails or is killed leaves the previous index in service.
/// </summary>
public sealed class IndexBuilder(DocumentEnricher? enricher = null)
{
    private readonly DocumentEnricher _enricher = enricher ?? new DocumentEnricher();

    /// <summary>Postings records grouped per batch; tests make it small so that a small corpus spans many batches.</summary>
    internal int PostingsBatchRecords { get; init; } = Postings.LevelAccumulator.DefaultBatchRecords;

    /// <summary>Builds from every supported file under <paramref name="sources"/> into <paramref name="indexFolder"/>;
    /// <paramref name="progress"/> is called with (files done, files total).</summary>
    public BuildReport Build(IReadOnlyList<string> sources, string indexFolder, Action<int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var files = SourceScanner.EnumerateFiles(sources).ToList();
        var layout = new IndexLayout(indexFolder);
        var target = layout.NextGenerationFile();
        var scanner = new SourceScanner();
        int documents = 0, paragraphs = 0, quotes = 0, listings = 0;
        try
        {
            using (var connection = SqliteExtensions.Open(target, SqliteOpenMode.ReadWriteCreate))
            {
                // A fresh file nobody reads yet: no journal needed, durability comes from the final sync + rename.
                connection.Execute("PRAGMA journal_mode = OFF");
                connection.Execute("PRAGMA synchronous = OFF");
                IndexSchema.Create(connection);
                using (var transaction = connection.BeginTransaction())
                {
                    using var writer = new BulkIndexWriter(connection, PostingsBatchRecords);
                    using var vocabulary = new ThreadLocal<Dictionary<string, int>>(() => new(StringComparer.Ordinal), trackAllValues: true);
                    var lastFile = -1;
                    foreach (var (fileIndex, enriched) in EnrichInParallel(files, scanner, vocabulary))
                    {
                        foreach (var prepared in enriched)
                        {
                            var document = prepared.Document;
                            if (writer.Add(prepared) == WriteOutcome.Unchanged) continue;
                            if (document.Kind == DocumentKind.Listing) listings++; else documents++;
                            paragraphs += document.Paragraphs.Count;
                            quotes += document.Quotes.Count;
                        }
                        if (fileIndex != lastFile) progress?.Invoke(lastFile = fileIndex, files.Count);
                    }
                    progress?.Invoke(files.Count, files.Count);
                    writer.Finish(vocabulary.Values);
                    connection.Execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('builtAt', $t)",
                        ("$t", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
                    transaction.Commit();
                }
                // Serve in WAL mode: readers keep answering while add/delete write.
                connection.Execute("PRAGMA journal_mode = WAL");
                connection.Execute("PRAGMA synchronous = FULL");
            }
            SqliteConnection.ClearAllPools();
            layout.Publish(target);
        }
        catch
        {
            SqliteConnection.ClearAllPools();
            TryDelete(target);
            throw;
        }
        return new BuildReport(documents, paragraphs, quotes, listings, scanner.Skipped, clock.Elapsed, target);
    }

    // Enrichment (regular expressions over every paragraph), tokenizing, compression, hashing and word lists cost
    // more than the inserts, and documents are independent: prepare them on every core, in order, while the single
    // writer inserts what is ready. The scanner is
    // only ever advanced by one thread at a time (PLINQ takes its source under a lock).
    // Each worker also counts the surface words of what it prepared (the vocabulary's document frequencies) in its
    // own dictionary: counting them in the writer was 15% of its time.
    private IEnumerable<(int File, List<PreparedDocument> Documents)> EnrichInParallel(List<string> files, SourceScanner scanner,
        ThreadLocal<Dictionary<string, int>> vocabulary) =>
        files.SelectMany((file, i) => scanner.ReadFile(file).Select(source => (File: i, Source: source)))
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(item => (item.File, Prepare(item.Source, vocabulary.Value!)));

    private List<PreparedDocument> Prepare(Document source, Dictionary<string, int> vocabulary)
    {
        var prepared = _enricher.EnrichWithListings(source).Select(PreparedDocument.ForBuild).ToList();
        foreach (var document in prepared)
            foreach (var word in document.Words) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, word, out _)++;
        return prepared;
    }

    private static void TryDelete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try { File.Delete(path + suffix); } catch (IOException) { }
        }
    }
}
