using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;
using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// Builds the postings of all three levels from each document's <see cref="DocumentPostings"/> (FTS5's tokens,
/// encoded on a worker thread), as the build's writer assigns rowids, and writes them into the generation file
/// at the end. A build inserts nothing into FTS5: its tables only receive units added later (the live segment).
/// </summary>
internal sealed class PostingsBuilder(int batchRecords = LevelAccumulator.DefaultBatchRecords)
{
    private readonly TermTable _terms = new();
    private readonly LevelAccumulator _documents = new(LevelSchema.Documents.Columns.Count, batchRecords);
    private readonly LevelAccumulator _paragraphs = new(LevelSchema.Paragraphs.Columns.Count, batchRecords);
    private readonly LevelAccumulator _quotes = new(LevelSchema.Quotes.Columns.Count, batchRecords);
    private int[] _global = new int[1024];

    /// <summary>Adds a document whose rows are <paramref name="document"/>, <paramref name="paragraphs"/> (one per
    /// paragraph, in order) and <paramref name="quotes"/> (one per quote, in order); rows must ascend across calls.</summary>
    public void Add(DocumentPostings postings, int document, ReadOnlySpan<int> paragraphs, ReadOnlySpan<int> quotes)
    {
        var tokens = postings.Tokens;
        if (_global.Length < tokens.Terms) _global = new int[Math.Max(tokens.Terms, _global.Length * 2)];
        for (var i = 0; i < tokens.Terms; i++) _global[i] = _terms.GetOrAdd(tokens.Term(i), tokens.Hash(i));
        var global = _global.AsSpan(0, tokens.Terms);
        var count = _terms.Count;
        _documents.Append(document, postings, 0, global, count);
        for (var p = 0; p < paragraphs.Length; p++) _paragraphs.Append(paragraphs[p], postings, 1 + p, global, count);
        for (var q = 0; q < quotes.Length; q++) _quotes.Append(quotes[q], postings, 1 + paragraphs.Length + q, global, count);
    }

    /// <summary>Creates the postings tables and writes every level (call once, after the last document).</summary>
    public void Write(SqliteConnection connection)
    {
        foreach (var sql in PostingsSchema.Statements) connection.Execute(sql);
        var db = connection.Handle ?? throw new InvalidOperationException("connection is not open");
        var nextId = 1;
        foreach (var (level, accumulator) in new[] { (LevelSchema.Documents, _documents), (LevelSchema.Paragraphs, _paragraphs), (LevelSchema.Quotes, _quotes) })
        {
            nextId = WriteTerms(db, level, accumulator.Fields, accumulator.Complete(_terms.Count), nextId);
            WriteFields(connection, level, accumulator);
            connection.Execute("INSERT INTO postings_levels(level, max_row) VALUES ($l, $m)", ("$l", (int)level.Level), ("$m", accumulator.MaxRow));
        }
    }

    // Merges each term's chunks across the segments (in row order) into the stored blobs, term by term.
    private int WriteTerms(sqlite3 db, LevelSchema level, int fields, IReadOnlyList<PostingsSegment> segments, int nextId)
    {
        using var insertTerm = Prepare(db, "INSERT INTO postings_terms(level, term, id, df, field_df) VALUES (?, ?, ?, ?, ?)");
        using var insertDocs = Prepare(db, "INSERT INTO postings_docs(id, docs, freqs) VALUES (?, ?, ?)");
        using var insertPositions = Prepare(db, "INSERT INTO postings_positions(id, positions) VALUES (?, ?)");
        ByteBuffer fieldDfBlob = new(), docs = new(), freqs = new(), positions = new();
        var cursors = new int[segments.Count];
        var fieldDf = new int[fields];
        for (var term = 0; term < _terms.Count; term++)
        {
            docs.Clear();
            freqs.Clear();
            positions.Clear();
            Array.Clear(fieldDf);
            int df = 0, lastRow = 0;
            for (var s = 0; s < segments.Count; s++)
            {
                var segment = segments[s];
                var c = cursors[s];
                if (c >= segment.Terms.Length || segment.Terms[c] != term) continue;
                cursors[s]++;
                df += segment.Df[c];
                for (var f = 0; f < fields; f++) fieldDf[f] += segment.FieldDf[c * fields + f];
                ReadOnlySpan<byte> chunk = segment.Data.AsSpan(segment.Starts[c], segment.Starts[c + 1] - segment.Starts[c]);
                var offset = 0;
                var row = 0;
                while (offset < chunk.Length)
                {
                    row += VarInt.Read(chunk, ref offset);
                    VarInt.Write(docs, row - lastRow);
                    lastRow = row;
                    var count = 0;
                    for (var f = 0; f < fields; f++)
                    {
                        var tf = VarInt.Read(chunk, ref offset);
                        VarInt.Write(freqs, tf);
                        count += tf;
                    }
                    var start = offset;
                    offset = VarInt.Skip(chunk, offset, count);
                    positions.Add(chunk[start..offset]);
                }
            }
            if (df == 0) continue;
            var id = nextId++;
            fieldDfBlob.Clear();
            foreach (var d in fieldDf) VarInt.Write(fieldDfBlob, d);
            raw.sqlite3_bind_int(insertTerm, 1, (int)level.Level);
            raw.sqlite3_bind_text(insertTerm, 2, _terms.Term(term));
            raw.sqlite3_bind_int(insertTerm, 3, id);
            raw.sqlite3_bind_int(insertTerm, 4, df);
            raw.sqlite3_bind_blob(insertTerm, 5, fieldDfBlob.Span);
            Step(db, insertTerm);
            raw.sqlite3_bind_int(insertDocs, 1, id);
            raw.sqlite3_bind_blob(insertDocs, 2, docs.Span);
            raw.sqlite3_bind_blob(insertDocs, 3, freqs.Span);
            Step(db, insertDocs);
            raw.sqlite3_bind_int(insertPositions, 1, id);
            raw.sqlite3_bind_blob(insertPositions, 2, positions.Span);
            Step(db, insertPositions);
        }
        return nextId;
    }

    private static void WriteFields(SqliteConnection connection, LevelSchema level, LevelAccumulator accumulator)
    {
        for (var f = 0; f < accumulator.Fields; f++)
        {
            var norms = new byte[accumulator.MaxRow + 1];
            long docCount = 0, total = 0;
            for (var row = 1; row <= accumulator.MaxRow; row++)
            {
                var length = accumulator.Length(row, f);
                if (length == 0) continue;
                docCount++;
                total += length;
                norms[row] = Norms.Encode(length);
            }
            connection.Execute("INSERT INTO postings_fields(level, field, doc_count, total_length, norms) VALUES ($l, $f, $c, $t, $n)",
                ("$l", (int)level.Level), ("$f", f), ("$c", docCount), ("$t", total), ("$n", norms));
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    private static void Step(sqlite3 db, sqlite3_stmt statement)
    {
        Check(db, raw.sqlite3_step(statement));
        raw.sqlite3_reset(statement);
    }

    private static void Check(sqlite3 db, int rc) => PostingsSchema.Check(db, rc);
}
