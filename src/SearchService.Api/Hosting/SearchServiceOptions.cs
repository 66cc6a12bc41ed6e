namespace SearchService.Api.Hosting;

/// <summary>The "SearchService" configuration section (appsettings, SearchService__X environment variables, --SearchService:X=).</summary>
public sealed class SearchServiceOptions
{
    public const string Section = "SearchService";

    /// <summary>The index folder; relative paths resolve against the current directory.</summary>
    public string IndexPath { get; set; } = "index";

    /// <summary>What to build from when there is no index at start.</summary>
    public string SourcePath { get; set; } = "seeds";

    /// <summary>Admin endpoints are off (403) unless this is set.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Origins allowed to call the API from a browser.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>A search still running after this many milliseconds is stopped and answered 503; 0 means no limit.</summary>
    public int QueryTimeoutMs { get; set; } = 5000;

    public TimeSpan? QueryBudget => QueryTimeoutMs > 0 ? TimeSpan.FromMilliseconds(QueryTimeoutMs) : null;

    public const int DefaultExportMaxRows = 100_000;

    /// <summary>Most hits one <c>GET /api/export</c> writes; X-Total-Count still says how many match.</summary>
    public int ExportMaxRows { get; set; } = DefaultExportMaxRows;

    /// <summary>Largest admin request body accepted, in bytes.</summary>
    public long MaxDocumentBodyBytes { get; set; } = 16 * 1024 * 1024;
}
