using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Facets;
using Document = SearchService.Core.Documents.Document;

namespace SearchService.Core.Indexing;

/// <summary>Counts for <c>stats</c> and <c>/healthz</c>.</summary>
public sealed record IndexStats(
    int Documents, int Listings, int Paragraphs, int Quotes,
    int Departments, int Actors, int Nations, int Speakers,
    long SizeBytes, string? BuiltAt, string File, int Segments, int UnreadableDocuments);

/// <summary>
/// One opened generation of the index. Read-only, it serves searches from the last commit and picks up commits made by
/// the process that writes it. Writable, it holds the generation's <see cref="IndexWriter"/> (Lucene's write lock: one
/// writer per index) and serves near-real-time searchers from it, so a document is searchable as soon as it is written.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private static readonly TimeSpan ReadOnlyRefresh = TimeSpan.FromSeconds(1);
    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private long _lastRefresh = Stopwatch.GetTimestamp();

    private SearchIndex(IndexLayout layout, string generation, FSDirectory directory, IndexWriter? writer, IDictionary<string, string> userData)
    {
        Layout = layout;
        Generation = generation;
        _directory = directory;
        Writer = writer;
        BuiltAt = userData.TryGetValue(IndexSchema.BuiltAtKey, out var builtAt) ? builtAt : null;
        Applied = userData.TryGetValue(IndexSchema.AppliedKey, out var applied) && int.TryParse(applied, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        NextSequence = userData.TryGetValue(IndexSchema.NextSequenceKey, out var next) && long.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        _searchers = writer is not null
            ? new SearcherManager(writer, applyAllDeletes: true, UnitSearcher.Factory.Instance)
            : new SearcherManager(directory, UnitSearcher.Factory.Instance);
    }

    public IndexLayout Layout { get; }

    /// <summary>The generation folder (a Lucene index).</summary>
    public string Generation { get; }

    public string? BuiltAt { get; }

    public AdditionsLog Log => new(Layout.AdditionsLog);

    internal IndexWriter? Writer { get; }

    /// <summary>Whether this process holds the generation's writer.</summary>
    public bool Writable => Writer is not null;

    /// <summary>Held by whoever writes through this index (one batch at a time).</summary>
    internal System.Threading.Lock WriteLock { get; } = new();

    /// <summary>How many entries of the additions log this generation holds.</summary>
    internal int Applied { get; set; }

    internal long NextSequence { get; set; }

    /// <summary>
    /// Opens the generation CURRENT names. Throws <see cref="IndexUnusableException"/> when there is none or it cannot be
    /// read, and <see cref="IndexLockedException"/> when <paramref name="writable"/> and another process holds the writer.
    /// </summary>
    public static SearchIndex Open(string folder, bool writable = false)
    {
        var layout = new IndexLayout(folder);
        if (layout.HoldsPreviousEngine)
            throw new IndexUnusableException($"{layout.Folder} holds an index of the previous engine ({layout.CurrentName}); rebuild it with `build`")
            {
                OtherSchemaVersion = true,
            };
        var generation = layout.CurrentGeneration ?? throw new IndexUnusableException($"no index in {layout.Folder}; build one with `build`");
        var directory = IndexStorage.Open(generation);
        IndexWriter? writer = null;
        try
        {
            var commit = new SegmentInfos();
            commit.Read(directory);
            IndexSchema.Verify(commit.UserData, generation);
            if (writable) writer = new IndexWriter(directory, IndexSchema.WriterConfig(OpenMode.APPEND));
            return new SearchIndex(layout, generation, directory, writer, writer?.CommitData ?? commit.UserData);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IndexLockedException(layout.Folder, e);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
        {
            writer?.Dispose();
            directory.Dispose();
            if (e is IndexUnusableException) throw;
            throw new IndexUnusableException($"{generation} is not a readable index ({e.Message}); rebuild it with `build`", e);
        }
        catch (IndexUnusableException)
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The current searcher, held until the lease is disposed.</summary>
    public SearcherLease Acquire()
    {
        if (Writer is null && Stopwatch.GetElapsedTime(_lastRefresh) > ReadOnlyRefresh)
        {
            _lastRefresh = Stopwatch.GetTimestamp();
            _searchers.MaybeRefresh(); // another process (the service, a command) may have committed
        }
        return new SearcherLease(_searchers, (UnitSearcher)_searchers.Acquire());
    }

    /// <summary>Makes what the writer has done visible to the next searcher.</summary>
    internal void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>The stored document, or null when no document has that id (or its stored copy cannot be read back).</summary>
    public Document? GetDocument(string id)
    {
        using var lease = Acquire();
        return DocumentRecord(lease.Searcher, id) is { } doc ? StoredDocument.TryDecode(lease.Searcher.Doc(doc, JsonOnly).Get(IndexFields.Json)) : null;
    }

    /// <summary>Whether a live document record has this id.</summary>
    public bool Contains(string id)
    {
        using var lease = Acquire();
        return DocumentRecord(lease.Searcher, id) is not null;
    }

    internal static readonly ISet<string> JsonOnly = new HashSet<string> { IndexFields.Json };

    internal static int? DocumentRecord(IndexSearcher searcher, string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Doc, id)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Level, "d")), Occur.MUST },
        };
        var top = searcher.Search(query, 1);
        return top.ScoreDocs.Length > 0 ? top.ScoreDocs[0].Doc : null;
    }

    public IndexStats Stats()
    {
        using var lease = Acquire();
        var searcher = lease.Searcher;
        var facets = searcher.Facets;
        int Count(string field, string value)
        {
            var collector = new TotalHitCountCollector();
            searcher.Search(new TermQuery(new Term(field, value)), collector);
            return collector.TotalHits;
        }
        return new IndexStats(
            Count(IndexFields.Kind, Documents.DocumentKind.Article), Count(IndexFields.Kind, Documents.DocumentKind.Listing),
            Count(IndexFields.Level, "p"), Count(IndexFields.Level, "q"),
            facets.LiveValues(facets.Departments), facets.LiveValues(facets.Actors), facets.LiveValues(facets.Nations), facets.LiveValues(facets.Speakers),
            System.IO.Directory.EnumerateFiles(Generation).Sum(f => new FileInfo(f).Length),
            BuiltAt, Generation, searcher.IndexReader.Leaves.Count, UnreadableDocuments(searcher));
    }

    /// <summary>For <c>/healthz</c>: how many documents the index holds and when it was built.</summary>
    public (int Documents, string? BuiltAt) Summary()
    {
        using var lease = Acquire();
        return (lease.Searcher.Facets.LiveDocuments, BuiltAt);
    }

    // Every stored document is read back; one that no longer decodes is counted (stats) instead of failing a search.
    private static int UnreadableDocuments(IndexSearcher searcher)
    {
        var unreadable = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            var parents = SegmentFacets.For(reader).Parents;
            for (var doc = parents.NextSetBit(0); doc >= 0; doc = doc + 1 < reader.MaxDoc ? parents.NextSetBit(doc + 1) : -1)
                if ((live is null || live.Get(doc)) && StoredDocument.TryDecode(reader.Document(doc, JsonOnly).Get(IndexFields.Json)) is null) unreadable++;
        }
        return unreadable;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        Writer?.Dispose();
        _directory.Dispose();
    }
}
