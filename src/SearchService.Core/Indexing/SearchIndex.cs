using System.Globalization;
using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Facets;

namespace SearchService.Core.Indexing;

/// <summary>Counts for <c>stats</c> and <c>/healthz</c>.</summary>
public sealed record IndexStats(
    int Documents, int Listings, int Paragraphs, int Quotes,
    int Departments, int Actors, int Nations, int Speakers,
    long SizeBytes, string? BuiltAt, string File);

/// <summary>
/// One opened generation of the index: verified schema, connections for readers and the single writer,
/// and the in-memory facet snapshot, refreshed when a writer bumps the revision.
/// </summary>
public sealed class SearchIndex
{
    private readonly object _snapshotLock = new();
    private FacetSnapshot? _snapshot;

    private SearchIndex(string file) => File = file;

    public string File { get; }

    /// <summary>Opens the index the folder's CURRENT names; throws <see cref="IndexUnusableException"/> when there is none or it cannot be used.</summary>
    public static SearchIndex Open(string folder)
    {
        var layout = new IndexLayout(folder);
        var file = layout.CurrentFile ?? throw new IndexUnusableException($"no index in {layout.Folder}; build one with `build`");
        var index = new SearchIndex(file);
        using var connection = index.OpenReader();
        IndexSchema.Verify(connection, file);
        index._snapshot = FacetSnapshot.Load(connection);
        return index;
    }

    public SqliteConnection OpenReader() => SqliteExtensions.Open(File, SqliteOpenMode.ReadOnly);

    public SqliteConnection OpenWriter()
    {
        var connection = SqliteExtensions.Open(File, SqliteOpenMode.ReadWrite);
        connection.Execute("PRAGMA journal_mode = WAL");
        return connection;
    }

    /// <summary>The facet snapshot for this reader's view: reloaded if a writer has committed since.</summary>
    public FacetSnapshot Snapshot(SqliteConnection reader)
    {
        var revision = reader.Scalar<long>("SELECT value FROM meta WHERE key = 'revision'");
        var current = _snapshot;
        if (current is not null && current.Revision == revision) return current;
        lock (_snapshotLock)
        {
            if (_snapshot is null || _snapshot.Revision != revision) _snapshot = FacetSnapshot.Load(reader);
            return _snapshot;
        }
    }

    public Document? GetDocument(string id)
    {
        using var connection = OpenReader();
        var stored = connection.Scalar<byte[]>("SELECT stored FROM documents WHERE id = $id", ("$id", id));
        return stored is null ? null : StoredDocument.Decompress(stored);
    }

    internal static Document LoadDocument(SqliteConnection connection, long rowid)
    {
        var stored = connection.Scalar<byte[]>("SELECT stored FROM documents WHERE rowid = $r", ("$r", rowid))
            ?? throw new InvalidOperationException($"document row {rowid} vanished");
        return StoredDocument.Decompress(stored);
    }

    public IndexStats Stats()
    {
        using var connection = OpenReader();
        var snapshot = Snapshot(connection);
        int Count(string sql) => (int)connection.Scalar<long>(sql);
        return new IndexStats(
            Count($"SELECT count(*) FROM documents WHERE kind = '{DocumentKind.Article}'"),
            Count($"SELECT count(*) FROM documents WHERE kind = '{DocumentKind.Listing}'"),
            Count("SELECT count(*) FROM paragraphs"),
            Count("SELECT count(*) FROM quotes"),
            snapshot.Departments.Count, snapshot.Actors.Count, snapshot.Nations.Count, snapshot.Speakers.Count,
            new FileInfo(File).Length + (System.IO.File.Exists(File + "-wal") ? new FileInfo(File + "-wal").Length : 0),
            connection.Scalar<string>("SELECT value FROM meta WHERE key = 'builtAt'"),
            File);
    }

    /// <summary>For <c>/healthz</c>: how many documents the index holds and when it was built, on one connection.</summary>
    public (int Documents, string? BuiltAt) Summary()
    {
        using var connection = OpenReader();
        return ((int)connection.Scalar<long>("SELECT count(*) FROM documents"), connection.Scalar<string>("SELECT value FROM meta WHERE key = 'builtAt'"));
    }

    internal static string FormatDate(int yyyymmdd) =>
        yyyymmdd == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{yyyymmdd / 10000:D4}-{yyyymmdd / 100 % 100:D2}-{yyyymmdd % 100:D2}");
}
