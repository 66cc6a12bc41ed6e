using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>
/// A copy of an index in which FTS5 holds every unit and there are no postings, so FTS5 alone answers it: the
/// oracle our postings are checked against. Made per index file and revision (a write makes a new twin).
/// </summary>
internal static class Fts5Twin
{
    private static readonly ConcurrentDictionary<(string File, long Revision), SearchIndex> Twins = new();
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "searchservice-tests", "twins-" + Environment.ProcessId);

    static Fts5Twin() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    };

    public static SearchIndex Of(SearchIndex index)
    {
        long revision;
        using (var reader = index.OpenReader()) revision = reader.Scalar<long>("SELECT value FROM meta WHERE key = 'revision'");
        return Twins.GetOrAdd((index.File, revision), _ => Make(index));
    }

    private static SearchIndex Make(SearchIndex index)
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        var layout = new IndexLayout(folder);
        var file = layout.NextGenerationFile();
        using (var reader = index.OpenReader()) reader.Execute("VACUUM INTO $f", ("$f", file));
        using (var twin = SqliteExtensions.Open(file, SqliteOpenMode.ReadWrite))
        using (var transaction = twin.BeginTransaction())
        {
            long Boundary(SearchLevel level) => Core.Postings.PostingsSchema.MaxRow(twin, level);
            var (documents, paragraphs, quotes) = (Boundary(SearchLevel.Documents), Boundary(SearchLevel.Paragraphs), Boundary(SearchLevel.Quotes));
            var rows = new List<(long Row, byte[] Stored)>();
            using (var command = twin.Command("SELECT rowid, stored FROM documents"))
            using (var read = command.ExecuteReader())
                while (read.Read()) rows.Add((read.GetInt64(0), (byte[])read[1]));
            foreach (var (row, stored) in rows)
            {
                var document = StoredDocument.Decompress(stored);
                if (row <= documents)
                    twin.Execute("INSERT INTO doc_fts(rowid, title, summary, body) VALUES ($r, $t, $s, $b)",
                        ("$r", row), ("$t", document.Title), ("$s", document.Summary ?? ""), ("$b", StoredDocument.Body(document)));
                foreach (var (unit, idx) in Units(twin, "paragraphs", row).Where(u => u.Row <= paragraphs))
                    twin.Execute("INSERT INTO para_fts(rowid, title, body) VALUES ($r, $t, $b)",
                        ("$r", unit), ("$t", document.Title), ("$b", document.Paragraphs.First(p => p.Index == idx).Text));
                foreach (var (unit, idx) in Units(twin, "quotes", row).Where(u => u.Row <= quotes))
                {
                    var quote = document.Quotes.First(q => q.Index == idx);
                    twin.Execute("INSERT INTO quote_fts(rowid, body, speaker) VALUES ($r, $b, $s)", ("$r", unit), ("$b", quote.Text), ("$s", quote.Speaker ?? ""));
                }
            }
            twin.Execute("DROP TABLE postings_levels");
            transaction.Commit();
        }
        layout.Publish(file);
        return SearchIndex.Open(folder);
    }

    private static List<(long Row, int Index)> Units(SqliteConnection connection, string table, long document)
    {
        var units = new List<(long, int)>();
        using var command = connection.Command($"SELECT rowid, idx FROM {table} WHERE doc = $d", ("$d", document));
        using var reader = command.ExecuteReader();
        while (reader.Read()) units.Add((reader.GetInt64(0), reader.GetInt32(1)));
        return units;
    }
}
