using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;
using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// Derives our postings from the finished FTS5 tables, level by level, through fts5vocab's 'instance' view
/// (term, row, column, offset of every token, in term then row order). FTS5 stays the one analyzer: our terms,
/// stems and positions are FTS5's own, so nothing can disagree with the FTS5 path that serves live updates.
/// Runs once at the end of a build; reading goes through the raw SQLite API because 100M+ rows through ADO.NET
/// would cost more than the scan itself.
/// </summary>
public static class PostingsWriter
{
    /// <summary>Writes postings for every level of a freshly built index (call once its FTS5 tables are complete).</summary>
    public static void Write(SqliteConnection connection)
    {
        foreach (var sql in PostingsSchema.Statements) connection.Execute(sql);
        using (var transaction = connection.BeginTransaction())
        {
            var nextId = 1;
            foreach (var level in PostingsSchema.Levels) nextId = WriteLevel(connection, level, nextId);
            transaction.Commit();
        }
        PostingsSchema.CreateGuards(connection);
    }

    private static int WriteLevel(SqliteConnection connection, LevelSchema level, int nextId)
    {
        var fields = level.Columns.Count;
        var maxRow = connection.Scalar<long>($"SELECT ifnull(max(id), 0) FROM {level.Table}_docsize");
        var lengths = new int[(maxRow + 1) * fields];
        var vocab = "postings_vocab_" + level.Table;
        connection.Execute($"CREATE VIRTUAL TABLE temp.{vocab} USING fts5vocab(main, '{level.Table}', 'instance')");
        try
        {
            using var sink = new TermSink(connection.Handle!, (int)level.Level, fields, nextId);
            var columnNames = level.Columns.Select(c => System.Text.Encoding.UTF8.GetBytes(c.Column)).ToArray();
            var db = connection.Handle!;
            Check(db, raw.sqlite3_prepare_v2(db, $"SELECT term, doc, col, offset FROM temp.{vocab}", out var scan));
            using (scan)
            {
                int rc;
                while ((rc = raw.sqlite3_step(scan)) == raw.SQLITE_ROW)
                {
                    var term = raw.sqlite3_column_blob(scan, 0);
                    var row = raw.sqlite3_column_int(scan, 1);
                    var field = Field(raw.sqlite3_column_blob(scan, 2), columnNames);
                    var offset = raw.sqlite3_column_int(scan, 3);
                    sink.Add(term, row, field, offset);
                    lengths[(long)row * fields + field]++;
                }
                if (rc != raw.SQLITE_DONE) Check(db, rc);
            }
            nextId = sink.Finish();
        }
        finally
        {
            connection.Execute($"DROP TABLE temp.{vocab}");
        }
        WriteFields(connection, level, fields, maxRow, lengths);
        connection.Execute("INSERT INTO postings_levels(level, max_row) VALUES ($l, $m)", ("$l", (int)level.Level), ("$m", maxRow));
        return nextId;
    }

    private static void WriteFields(SqliteConnection connection, LevelSchema level, int fields, long maxRow, int[] lengths)
    {
        for (var f = 0; f < fields; f++)
        {
            var norms = new byte[maxRow + 1];
            long docCount = 0, total = 0;
            for (long row = 1; row <= maxRow; row++)
            {
                var length = lengths[row * fields + f];
                if (length == 0) continue;
                docCount++;
                total += length;
                norms[row] = Norms.Encode(length);
            }
            connection.Execute("INSERT INTO postings_fields(level, field, doc_count, total_length, norms) VALUES ($l, $f, $c, $t, $n)",
                ("$l", (int)level.Level), ("$f", f), ("$c", docCount), ("$t", total), ("$n", norms));
        }
    }

    private static int Field(ReadOnlySpan<byte> column, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
            if (column.SequenceEqual(names[i])) return i;
        throw new InvalidOperationException("fts5vocab named an unknown column " + System.Text.Encoding.UTF8.GetString(column));
    }

    internal static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
    }
}
