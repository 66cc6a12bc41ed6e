using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Postings;

/// <summary>
/// Our own postings, stored as BLOB tables in the generation's SQLite file so the atomic-publish and durability
/// story stays SQLite's. The term dictionary is small rows (loaded whole, sorted, at first use); each term's
/// doc ids + per-field frequencies and its positions are separate blobs, read lazily, so a term query never reads
/// positions. A level's <c>max_row</c> is the last unit the postings cover; units above it are searched with FTS5.
/// The statements run on a build's file only (<see cref="PostingsBuilder"/>).
/// </summary>
internal static class PostingsSchema
{
    public static readonly LevelSchema[] Levels = [LevelSchema.Documents, LevelSchema.Paragraphs, LevelSchema.Quotes];

    public static readonly string[] Statements =
    [
        "CREATE TABLE postings_terms(level INTEGER NOT NULL, term TEXT NOT NULL, id INTEGER NOT NULL, df INTEGER NOT NULL, field_df BLOB NOT NULL, PRIMARY KEY(level, term)) WITHOUT ROWID",
        "CREATE TABLE postings_docs(id INTEGER PRIMARY KEY, docs BLOB NOT NULL, freqs BLOB NOT NULL)",
        "CREATE TABLE postings_positions(id INTEGER PRIMARY KEY, positions BLOB NOT NULL)",
        "CREATE TABLE postings_fields(level INTEGER NOT NULL, field INTEGER NOT NULL, doc_count INTEGER NOT NULL, total_length INTEGER NOT NULL, norms BLOB NOT NULL, PRIMARY KEY(level, field)) WITHOUT ROWID",
        "CREATE TABLE postings_levels(level INTEGER PRIMARY KEY, max_row INTEGER NOT NULL)",
    ];

    /// <summary>Whether the file has postings at all (an index written by another path has none: FTS5 serves it all).</summary>
    public static bool Exists(SqliteConnection connection) =>
        connection.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'postings_levels'") > 0;

    public static long MaxRow(SqliteConnection connection, SearchLevel level) =>
        connection.Scalar<long>("SELECT ifnull((SELECT max_row FROM postings_levels WHERE level = $l), 0)", ("$l", (int)level));

    internal static void Check(SQLitePCL.sqlite3 db, int rc)
    {
        if (rc is not (SQLitePCL.raw.SQLITE_OK or SQLitePCL.raw.SQLITE_ROW or SQLitePCL.raw.SQLITE_DONE))
            throw new SqliteException(SQLitePCL.raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
