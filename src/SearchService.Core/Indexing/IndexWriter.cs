using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Querying;

namespace SearchService.Core.Indexing;

public enum WriteOutcome { Added, Replaced, Unchanged }

/// <summary>
/// Changes an index in place inside the caller's transaction: side tables, facet values and the three FTS5
/// levels, which hold the units added since the build (the build's units are in its postings, not in FTS5).
/// Contentless FTS5 rows are removed with the 'delete' command and their original text, which the stored
/// document supplies. Rowids are never reused (AUTOINCREMENT), so a new unit is always above the postings.
/// </summary>
public sealed class IndexWriter(SqliteConnection connection) : IDisposable
{
    private readonly StatementCache _statements = new(connection);
    private readonly long[] _boundaries = PostingsBoundaries(connection);

    public void Dispose() => _statements.Dispose();

    public WriteOutcome Upsert(Document document) => Upsert(PreparedDocument.From(document));

    internal WriteOutcome Upsert(PreparedDocument prepared)
    {
        var (document, hash) = (prepared.Document, prepared.Hash);
        WriteOutcome outcome = WriteOutcome.Added;
        var find = _statements.Get("SELECT rowid, hash FROM documents WHERE id = $id", ("$id", document.Id));
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                if (((byte[])reader[1]).AsSpan().SequenceEqual(hash)) return WriteOutcome.Unchanged;
                outcome = WriteOutcome.Replaced;
            }
        }
        if (outcome == WriteOutcome.Replaced) Delete(document.Id);
        Insert(prepared);
        return outcome;
    }

    public bool Delete(string id)
    {
        long rowid;
        byte[] stored;
        var find = _statements.Get("SELECT rowid, stored FROM documents WHERE id = $id", ("$id", id));
        using (var reader = find.ExecuteReader())
        {
            if (!reader.Read()) return false;
            rowid = reader.GetInt64(0);
            stored = (byte[])reader[1];
        }
        var document = StoredDocument.Decompress(stored);

        // Units of the build are in its postings, not in FTS5: deleting their rows is enough (the facet snapshot
        // drops them). FTS5's 'delete' of a row it does not hold would corrupt its index.
        if (rowid > _boundaries[(int)SearchLevel.Documents])
            _statements.Execute("INSERT INTO doc_fts(doc_fts, rowid, title, summary, body) VALUES ('delete', $r, $t, $s, $b)",
                ("$r", rowid), ("$t", document.Title), ("$s", document.Summary ?? ""), ("$b", StoredDocument.Body(document)));
        foreach (var (paraRow, idx) in Rows("SELECT rowid, idx FROM paragraphs WHERE doc = $d", rowid))
        {
            if (paraRow <= _boundaries[(int)SearchLevel.Paragraphs]) continue;
            var text = document.Paragraphs.FirstOrDefault(p => p.Index == idx)?.Text ?? "";
            _statements.Execute("INSERT INTO para_fts(para_fts, rowid, title, body) VALUES ('delete', $r, $t, $b)",
                ("$r", paraRow), ("$t", document.Title), ("$b", text));
        }
        foreach (var (quoteRow, idx) in Rows("SELECT rowid, idx FROM quotes WHERE doc = $d", rowid))
        {
            if (quoteRow <= _boundaries[(int)SearchLevel.Quotes]) continue;
            var quote = document.Quotes.FirstOrDefault(q => q.Index == idx);
            _statements.Execute("INSERT INTO quote_fts(quote_fts, rowid, body, speaker) VALUES ('delete', $r, $b, $s)",
                ("$r", quoteRow), ("$b", quote?.Text ?? ""), ("$s", quote?.Speaker ?? ""));
        }
        _statements.Execute("UPDATE terms SET freq = freq - 1 WHERE term IN (SELECT value FROM json_each($w))", ("$w", System.Text.Json.JsonSerializer.Serialize(PreparedDocument.From(document).Words)));
        _statements.Execute("DELETE FROM terms WHERE freq <= 0");
        _statements.Execute("DELETE FROM paragraphs WHERE doc = $d", ("$d", rowid));
        _statements.Execute("DELETE FROM quotes WHERE doc = $d", ("$d", rowid));
        _statements.Execute("DELETE FROM doc_values WHERE doc = $d", ("$d", rowid));
        _statements.Execute("DELETE FROM documents WHERE rowid = $d", ("$d", rowid));
        return true;
    }

    /// <summary>Marks a change so that open readers refresh their in-memory facet data.</summary>
    public void BumpRevision() =>
        _statements.Execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'");

    // Per level, the last unit rowid the build's postings cover (0: none, FTS5 holds every unit).
    private static long[] PostingsBoundaries(SqliteConnection connection)
    {
        var boundaries = new long[3];
        if (!Postings.PostingsSchema.Exists(connection)) return boundaries;
        foreach (var level in Enum.GetValues<SearchLevel>()) boundaries[(int)level] = Postings.PostingsSchema.MaxRow(connection, level);
        return boundaries;
    }

    private void Insert(PreparedDocument prepared)
    {
        var (document, hash) = (prepared.Document, prepared.Hash);
        var rowid = _statements.Scalar<long>(
            "INSERT INTO documents(id, kind, title, date, department, hash, stored) VALUES ($id, $k, $t, $d, $dep, $h, $s) RETURNING rowid",
            ("$id", document.Id), ("$k", document.Kind), ("$t", document.Title), ("$d", document.Date),
            ("$dep", document.Department), ("$h", hash), ("$s", prepared.Stored));

        _statements.Execute("INSERT INTO doc_fts(rowid, title, summary, body) VALUES ($r, $t, $s, $b)",
            ("$r", rowid), ("$t", document.Title), ("$s", document.Summary ?? ""), ("$b", StoredDocument.Body(document)));

        // "WHERE true" resolves the parsing ambiguity of an upsert fed by a SELECT.
        _statements.Execute("INSERT INTO terms(term, freq) SELECT value, 1 FROM json_each($w) WHERE true ON CONFLICT(term) DO UPDATE SET freq = freq + 1",
            ("$w", System.Text.Json.JsonSerializer.Serialize(prepared.Words)));

        foreach (var paragraph in document.Paragraphs)
        {
            var paraRow = _statements.Scalar<long>("INSERT INTO paragraphs(doc, idx) VALUES ($d, $i) RETURNING rowid",
                ("$d", rowid), ("$i", paragraph.Index));
            _statements.Execute("INSERT INTO para_fts(rowid, title, body) VALUES ($r, $t, $b)",
                ("$r", paraRow), ("$t", document.Title), ("$b", paragraph.Text));
        }
        foreach (var quote in document.Quotes)
        {
            var quoteRow = _statements.Scalar<long>("INSERT INTO quotes(doc, idx, paragraph, speaker) VALUES ($d, $i, $p, $s) RETURNING rowid",
                ("$d", rowid), ("$i", quote.Index), ("$p", quote.Paragraph), ("$s", quote.Speaker));
            _statements.Execute("INSERT INTO quote_fts(rowid, body, speaker) VALUES ($r, $b, $s)",
                ("$r", quoteRow), ("$b", quote.Text), ("$s", quote.Speaker ?? ""));
        }
        foreach (var (dim, values) in new[] { ("actor", document.Actors), ("nation", document.Nations) })
            foreach (var value in values.Distinct(StringComparer.Ordinal))
                _statements.Execute("INSERT OR IGNORE INTO doc_values(doc, dim, value) VALUES ($d, $dim, $v)",
                    ("$d", rowid), ("$dim", dim), ("$v", value));
    }

    private List<(long Row, int Index)> Rows(string sql, long doc)
    {
        var command = _statements.Get(sql, ("$d", doc));
        using var reader = command.ExecuteReader();
        var rows = new List<(long, int)>();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetInt32(1)));
        return rows;
    }
}
