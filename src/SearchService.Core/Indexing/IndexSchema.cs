using Microsoft.Data.Sqlite;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Indexing;

/// <summary>
/// The on-disk schema. Text lives once, compressed, in <c>documents.stored</c> (the Document JSON). A build
/// writes its units' postings (<c>postings_*</c>, see Postings/); the contentless FTS5 tables, one per level,
/// hold only the units added after it (the live segment). Rowids are AUTOINCREMENT so that a unit added later
/// never takes the rowid of one the postings describe.
/// </summary>
public static class IndexSchema
{
    /// <summary>Bumped whenever a change makes older index files unreadable; checked on open.</summary>
    public const int Version = 4; // 2: the surface-word vocabulary table `terms`; 3: postings_* tables (Postings/); 4: FTS5 holds only units added after the build

    /// <summary>FTS5 analysis: Unicode word splitting, accent folding, Porter stemming.</summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    public static readonly string[] Statements =
    [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        """
        CREATE TABLE documents(
            rowid INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT,
            department TEXT,
            hash BLOB NOT NULL,
            stored BLOB NOT NULL)
        """,
        "CREATE TABLE paragraphs(rowid INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL, idx INTEGER NOT NULL)",
        "CREATE INDEX paragraphs_doc ON paragraphs(doc)",
        "CREATE TABLE quotes(rowid INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL, idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, speaker TEXT)",
        "CREATE INDEX quotes_doc ON quotes(doc)",
        // Multi-valued facets of a document (actor, nation); department and date are columns of documents.
        "CREATE TABLE doc_values(doc INTEGER NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(doc, dim, value)) WITHOUT ROWID",
        // Document frequency of each folded, unstemmed word: "did you mean", fuzzy expansion and suggestions.
        "CREATE TABLE terms(term TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID",
        $"CREATE VIRTUAL TABLE doc_fts USING fts5(title, summary, body, content='', tokenize='{Tokenizer}')",
        $"CREATE VIRTUAL TABLE para_fts USING fts5(title, body, content='', tokenize='{Tokenizer}')",
        $"CREATE VIRTUAL TABLE quote_fts USING fts5(body, speaker, content='', tokenize='{Tokenizer}')",
        // Term instances of the live units, to score them with the build's statistics (Postings/LiveScorer).
        .. new[] { LevelSchema.Documents, LevelSchema.Paragraphs, LevelSchema.Quotes }
            .Select(l => $"CREATE VIRTUAL TABLE {l.InstancesTable} USING fts5vocab({l.Table}, 'instance')"),
    ];

    public static void Create(SqliteConnection connection)
    {
        foreach (var sql in Statements) connection.Execute(sql);
        connection.Execute("INSERT INTO meta(key, value) VALUES ('schemaVersion', $v), ('revision', '0')", ("$v", Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Throws <see cref="IndexUnusableException"/> unless the file is an index of this schema version.</summary>
    public static void Verify(SqliteConnection connection, string path)
    {
        string? version;
        try
        {
            version = connection.Scalar<string>("SELECT value FROM meta WHERE key = 'schemaVersion'");
        }
        catch (SqliteException e)
        {
            throw new IndexUnusableException($"{path} is not a SearchService index ({e.SqliteErrorCode switch { 26 => "not a database", 11 => "corrupt", _ => "no schema" }}); rebuild it with `build`");
        }
        if (version != Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new IndexUnusableException($"{path} has schema version {version ?? "none"}, this program reads version {Version}; rebuild it with `build`")
            {
                OtherSchemaVersion = true,
            };
    }
}

/// <summary>The index cannot be used as it is (missing, foreign, corrupt or of another schema version).</summary>
public sealed class IndexUnusableException(string message) : Exception(message)
{
    /// <summary>A healthy index written by another version of the program: rebuilding it from its sources loses nothing.</summary>
    public bool OtherSchemaVersion { get; init; }
}
