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

    /// <summary>
    /// SQLite gives a new row max(rowid)+1, so deleting the newest units and adding others can reuse a rowid the
    /// postings describe with the old text. Any insert at or below a level's boundary lowers the boundary below
    /// it: from then on those rows are served by FTS5 (still right, only slower) until the next build.
    /// </summary>
    public static void CreateGuards(SqliteConnection connection)
    {
        foreach (var level in Levels)
        {
            var id = (int)level.Level;
            connection.Execute(
                $"CREATE TRIGGER postings_guard_{level.UnitTable} AFTER INSERT ON {level.UnitTable} " +
                $"WHEN new.rowid <= (SELECT max_row FROM postings_levels WHERE level = {id}) " +
                $"BEGIN UPDATE postings_levels SET max_row = new.rowid - 1 WHERE level = {id}; END");
        }
    }

    /// <summary>Whether the file has postings at all (an index written by another path has none: FTS5 serves it all).</summary>
    public static bool Exists(SqliteConnection connection) =>
        connection.Scalar<long>("SELECT count(*) FROM sqlite_master WHERE name = 'postings_levels'") > 0;

    public static long MaxRow(SqliteConnection connection, SearchLevel level) =>
        connection.Scalar<long>("SELECT ifnull((SELECT max_row FROM postings_levels WHERE level = $l), 0)", ("$l", (int)level));
}
