using Microsoft.Extensions.Options;
using SearchService.Core.Indexing;

namespace SearchService.Api.Hosting;

/// <summary>
/// Hands each request the index generation in service. When <c>build</c> publishes a new generation, the
/// next request opens it (requests already running finish on the old one), so no restart is needed.
/// </summary>
public sealed class IndexProvider(IOptions<SearchServiceOptions> options, ILogger<IndexProvider> logger)
{
    private readonly IndexLayout _layout = new(options.Value.IndexPath);
    private readonly Lock _lock = new();
    private SearchIndex? _current;

    public string Folder => _layout.Folder;

    /// <summary>The index in service; throws <see cref="IndexUnusableException"/> when there is none or it cannot be read.</summary>
    public SearchIndex Current
    {
        get
        {
            var file = _layout.CurrentFile ?? throw new IndexUnusableException($"no index in {_layout.Folder}");
            var current = _current;
            if (current is not null && current.File == file) return current;
            lock (_lock)
            {
                if (_current is null || _current.File != file)
                {
                    var previous = _current;
                    _current = SearchIndex.Open(_layout.Folder);
                    // Idle pooled readers of the old generation would keep its file open for nothing.
                    if (previous is not null) Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    logger.LogInformation("Serving index {File}", file);
                }
                return _current;
            }
        }
    }

    /// <summary>
    /// Builds the index from the configured sources when there is none yet (first start on the seeds), or when the
    /// one there was written by another schema version (it is derived data). A corrupt or foreign file is left
    /// alone for a person to look at: the service answers 503 and says why.
    /// </summary>
    public void EnsureBuilt()
    {
        if (_layout.Exists)
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
        logger.LogInformation("No index in {Folder}: building one from {Source}", _layout.Folder, source);
        var report = new IndexBuilder().Build([source], _layout.Folder);
        foreach (var skipped in report.Skipped) logger.LogWarning("Skipped {Path}: {Reason}", skipped.Path, skipped.Reason);
        logger.LogInformation("Built {Documents} documents, {Paragraphs} paragraphs in {Seconds:F1} s", report.Documents, report.Paragraphs, report.Elapsed.TotalSeconds);
    }
}
