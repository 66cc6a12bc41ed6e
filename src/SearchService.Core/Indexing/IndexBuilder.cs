using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Indexing;

/// <summary>What a build did; the indexer prints it as its summary line.</summary>
public sealed record BuildReport(
    int Documents, int Paragraphs, int Quotes, int ListingEntries,
    IReadOnlyList<SkippedFile> Skipped, TimeSpan Elapsed, string IndexFile, int LogEntries = 0)
{
    /// <summary>Reading, enriching and indexing every document (the rest of <see cref="Elapsed"/> is the merge and commit).</summary>
    public TimeSpan Indexing { get; init; }
}

/// <summary>
/// Builds a fresh index from source files, then the additions log, into a new generation folder, merges it to one
/// segment and publishes it only when its commit is complete: a build that fails or is killed leaves the previous
/// index in service.
/// </summary>
public sealed class IndexBuilder(DocumentEnricher? enricher = null)
{
    private readonly DocumentEnricher _enricher = enricher ?? new DocumentEnricher();

    /// <summary>Lucene's in-memory buffer before a segment is flushed; tests make it small to build many segments.</summary>
    internal double RamBufferMB { get; init; } = 256;

    /// <summary>Merge to one segment at the end (the fastest to search; tests turn it off to search many segments).</summary>
    internal bool MergeToOneSegment { get; init; } = true;

    /// <summary>Called with the finished generation just before it is published (tests use it to write in the last moment).</summary>
    internal Action<string>? BeforePublish { get; init; }

    /// <summary>Builds from every supported file under <paramref name="sources"/> into <paramref name="indexFolder"/>;
    /// <paramref name="progress"/> is called with (files read, files total).</summary>
    public BuildReport Build(IReadOnlyList<string> sources, string indexFolder, Action<int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var files = SourceScanner.EnumerateFiles(sources).ToList();
        var layout = new IndexLayout(indexFolder);
        var log = new AdditionsLog(layout.AdditionsLog);
        var scanner = new SourceScanner();
        var generation = layout.NextGeneration();
        var counts = new Counts();
        int logEntries;
        var indexing = TimeSpan.Zero;
        try
        {
            using (var directory = IndexStorage.Open(generation))
            {
                var config = IndexSchema.WriterConfig(OpenMode.CREATE);
                config.RAMBufferSizeMB = RamBufferMB;
                config.UseCompoundFile = false;
                using var writer = new IndexWriter(directory, config);
                var written = new ConcurrentDictionary<string, Written>(StringComparer.Ordinal);
                var items = 0L;
                Numbered(files, scanner, progress, () => items++)
                    .AsParallel()
                    .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
                    .ForAll(item => Write(writer, written, item.Sequence, _enricher.EnrichWithListings(item.Document), counts));
                progress?.Invoke(files.Count, files.Count);

                // What was added or deleted by hand comes after every source, as it did when it was written.
                var entries = log.Read().ToList();
                logEntries = entries.Count;
                var sequence = items;
                foreach (var entry in entries)
                {
                    switch (entry)
                    {
                        case UpsertEntry upsert:
                            foreach (var document in upsert.Documents) Write(writer, written, sequence++, _enricher.EnrichWithListings(document), counts);
                            break;
                        case DeleteEntry delete:
                            foreach (var id in delete.Ids)
                                if (written.TryRemove(id, out var gone))
                                {
                                    writer.DeleteDocuments(new Term(IndexFields.Doc, id));
                                    counts.Remove(gone);
                                }
                            break;
                    }
                }
                indexing = clock.Elapsed;
                if (MergeToOneSegment) writer.ForceMerge(1);
                writer.SetCommitData(new Dictionary<string, string>
                {
                    [IndexSchema.VersionKey] = IndexSchema.Version,
                    [IndexSchema.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    [IndexSchema.AppliedKey] = logEntries.ToString(CultureInfo.InvariantCulture),
                    [IndexSchema.NextSequenceKey] = ((sequence + 1) << ListingBits).ToString(CultureInfo.InvariantCulture),
                });
                writer.Commit();
            }
            BeforePublish?.Invoke(generation);
            layout.Publish(generation);
        }
        catch
        {
            TryDelete(generation);
            throw;
        }
        return new BuildReport(counts.Documents, counts.Paragraphs, counts.Quotes, counts.Listings, scanner.Skipped, clock.Elapsed, generation, logEntries)
        {
            Indexing = indexing,
        };
    }

    // A source document and the listing entries it carries share its sequence number, told apart by the low bits.
    private const int ListingBits = 10;

    // What the build keeps of each document it wrote: enough to replace or count it, not the document itself.
    private sealed record Written(long Sequence, byte[] Hash, bool Listing, int Paragraphs, int Quotes)
    {
        public static Written Of(long sequence, byte[] hash, Document document) =>
            new(sequence, hash, document.Kind == DocumentKind.Listing, document.Paragraphs.Count, document.Quotes.Count);
    }

    private sealed class Counts
    {
        public int Documents, Paragraphs, Quotes, Listings;

        public void Add(Written document, int sign)
        {
            if (document.Listing) Interlocked.Add(ref Listings, sign); else Interlocked.Add(ref Documents, sign);
            Interlocked.Add(ref Paragraphs, sign * document.Paragraphs);
            Interlocked.Add(ref Quotes, sign * document.Quotes);
        }

        public void Remove(Written gone) => Add(gone, -1);
    }

    // Source documents in a stable order with their sequence numbers; the scanner is advanced by one thread at a time
    // (PLINQ takes its source under a lock), so sequence numbers follow the files' order.
    private static IEnumerable<(long Sequence, Document Document)> Numbered(List<string> files, SourceScanner scanner, Action<int, int>? progress, Func<long> next)
    {
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Invoke(i, files.Count);
            foreach (var document in scanner.ReadFile(files[i])) yield return (next(), document);
        }
    }

    // Enrichment and Lucene's inversion of the text are the build's work, and documents are independent: both run on
    // every core, each thread adding to its own in-memory segment. A document id seen twice keeps the later one (by
    // sequence, whatever thread gets there first); an identical copy is not written again.
    private static void Write(IndexWriter writer, ConcurrentDictionary<string, Written> written, long sequence, IEnumerable<Document> documents, Counts counts)
    {
        var part = 0;
        foreach (var document in documents)
        {
            var key = (sequence << ListingBits) | (long)Math.Min(part++, (1 << ListingBits) - 1);
            var hash = StoredDocument.Hash(document);
            lock (Stripe(document.Id))
            {
                if (written.TryGetValue(document.Id, out var earlier))
                {
                    if (earlier.Sequence > key || earlier.Hash.AsSpan().SequenceEqual(hash)) continue;
                    writer.UpdateDocuments(new Term(IndexFields.Doc, document.Id), UnitRecords.Block(document, key, hash, Streams));
                    counts.Remove(earlier);
                }
                else
                {
                    writer.AddDocuments(UnitRecords.Block(document, key, hash, Streams));
                }
                var entry = Written.Of(key, hash, document);
                written[document.Id] = entry;
                counts.Add(entry, 1);
            }
        }
    }

    [ThreadStatic]
    private static BlockStreams? t_streams;

    private static BlockStreams Streams => t_streams ??= new BlockStreams();

    private static readonly object[] Stripes = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

    private static object Stripe(string id) => Stripes[(id.GetHashCode() & 0x7fffffff) % Stripes.Length];

    private static void TryDelete(string generation)
    {
        try { Directory.Delete(generation, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
