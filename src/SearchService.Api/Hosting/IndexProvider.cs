using Microsoft.Extensions.Options;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Api.Hosting;

/// <summary>
/// Owns the index generation in service and, while the service runs, its writer (Lucene's write lock: the command
/// line's add/delete then stop with one clear line). When <c>build</c> publishes a new generation, the next request
/// opens it, replays the additions log entries the build did not see (a document posted while the build ran), and
/// switches; requests already running finish on the old one. Writes and switches take the same lock, so no posted
/// document can land in a generation that is being left.
/// </summary>
public sealed class IndexProvider(IOptions<SearchServiceOptions> options, ILogger<IndexProvider> logger) : IDisposable
{
    private readonly IndexLayout _layout = new(options.Value.IndexPath);
    private readonly Lock _lock = new();
    private SearchIndex? _current;
    private DateTime _pointerWritten;

    public string Folder => _layout.Folder;

    /// <summary>The index in service; throws <see cref="IndexUnusableException"/> when there is none or it cannot be read.</summary>
    public SearchIndex Current
    {
        get
        {
            var current = _current;
            // A build publishes by renaming a new CURRENT into place: one stat per request notices it, no read needed.
            var written = _layout.PointerWritten;
            if (current is not null && written == _pointerWritten) return current;
            lock (_lock)
            {
                var index = SwitchLocked();
                _pointerWritten = written;
                return index;
            }
        }
    }

    /// <summary>Indexes documents through the service's writer.</summary>
    public UpdateReport Upsert(IReadOnlyList<Document> documents)
    {
        lock (_lock) return new IndexUpdater(Writable()).Upsert(documents);
    }

    /// <summary>Removes documents through the service's writer; returns the ids that were not there.</summary>
    public IReadOnlyList<string> Delete(IReadOnlyList<string> ids)
    {
        lock (_lock) return new IndexUpdater(Writable()).Delete(ids);
    }

    private SearchIndex Writable()
    {
        var index = SwitchLocked();
        return index.Writable ? index : throw new IndexLockedException(_layout.Folder, new InvalidOperationException("opened read-only"));
    }

    private SearchIndex SwitchLocked()
    {
        var generation = _layout.CurrentGeneration;
        if (_current is not null && (generation is null || generation == _current.Generation)) return _current;
        if (generation is null && !_layout.HoldsPreviousEngine) throw new IndexUnusableException($"no index in {_layout.Folder}");
        var next = OpenWritable();
        var caughtUp = next.Writable ? new IndexUpdater(next).CatchUp() : 0;
        var previous = _current;
        _current = next;
        logger.LogInformation("Serving index {Generation}{Writable}{CaughtUp}", next.Generation, next.Writable ? "" : " (read-only: another process holds its writer)",
            caughtUp > 0 ? $"; replayed {caughtUp} additions log entries written after its build" : "");
        // Requests that took the old generation a moment ago finish on it; its searchers close when they are released.
        if (previous is not null) _ = Task.Delay(TimeSpan.FromSeconds(10)).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
        return next;
    }

    private SearchIndex OpenWritable()
    {
        try
        {
            return SearchIndex.Open(_layout.Folder, writable: true);
        }
        catch (IndexLockedException e)
        {
            logger.LogWarning("{Problem}", e.Message);
            return SearchIndex.Open(_layout.Folder, writable: false);
        }
    }

    /// <summary>
    /// Builds the index from the configured sources when there is none yet (first start on the seeds), or when the one
    /// there was written by another schema version or engine (it is derived data). A corrupt index is left alone for a
    /// person to look at: the service answers 503 and says why.
    /// </summary>
    public void EnsureBuilt()
    {
        if (_layout.Exists || _layout.HoldsPreviousEngine)
        {
            try
            {
                _ = Current;
                return;
            }
            catch (IndexUnusableException e) when (e.OtherSchemaVersion)
            {
                logger.LogWarning("{Problem}; rebuilding from {Source}", e.Message, options.Value.SourcePath);
            }
            catch (IndexUnusableException e)
            {
                logger.LogError("The index cannot be used: {Problem}. Searches answer 503 until it is rebuilt.", e.Message);
                return;
            }
        }
        var source = options.Value.SourcePath;
        if (!Directory.Exists(source) && !File.Exists(source))
        {
            logger.LogWarning("No index in {Folder} and no source at {Source}; search answers 503 until an index is built", _layout.Folder, source);
            return;
        }
        logger.LogInformation("No usable index in {Folder}: building one from {Source}", _layout.Folder, source);
        var report = new IndexBuilder().Build([source], _layout.Folder);
        foreach (var skipped in report.Skipped) logger.LogWarning("Skipped {Path}: {Reason}", skipped.Path, skipped.Reason);
        logger.LogInformation("Built {Documents} documents, {Paragraphs} paragraphs in {Seconds:F1} s", report.Documents, report.Paragraphs, report.Elapsed.TotalSeconds);
        _ = Current;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _current?.Dispose();
            _current = null;
        }
    }
}
