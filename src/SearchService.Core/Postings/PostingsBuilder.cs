using Microsoft.Data.Sqlite;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Planning;
using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// Builds the postings of all three levels from the tokens FTS5's tokenizer made of each document (see
/// <see cref="DocumentTokens"/>), as the build's writer assigns rowids, and writes them into the generation file at
/// the end. A build inserts nothing into FTS5: its tables only receive units added later (the live segment).
/// A document's body is its paragraphs in order (FTS5 would number their tokens the same way in the joined text).
/// </summary>
internal sealed class PostingsBuilder
{
    private readonly TermTable _terms = new();
    private readonly LevelAccumulator _documents = new(LevelSchema.Documents.Columns.Count);
    private readonly LevelAccumulator _paragraphs = new(LevelSchema.Paragraphs.Columns.Count);
    private readonly LevelAccumulator _quotes = new(LevelSchema.Quotes.Columns.Count);
    private int[] _ids = new int[4096];

    /// <summary>Adds a document whose rows are <paramref name="document"/>, <paramref name="paragraphs"/> (one per
    /// paragraph, in order) and <paramref name="quotes"/> (one per quote, in order); rows must ascend across calls.</summary>
    public void Add(DocumentTokens tokens, int document, ReadOnlySpan<int> paragraphs, ReadOnlySpan<int> quotes)
    {
        if (_ids.Length < tokens.Count) _ids = new int[Math.Max(tokens.Count, _ids.Length * 2)];
        for (var i = 0; i < tokens.Count; i++) _ids[i] = _terms.GetOrAdd(tokens.Token(i), tokens.Hash(i));

        var title = Ids(tokens, DocumentTokens.Title);
        _documents.BeginUnit(document);
        _documents.Add(0, title, 0);
        _documents.Add(1, Ids(tokens, DocumentTokens.Summary), 0);
        var position = 0;
        for (var p = 0; p < tokens.Paragraphs; p++)
        {
            var body = Ids(tokens, DocumentTokens.Paragraph(p));
            _documents.Add(2, body, position);
            position += body.Length;
        }
        _documents.EndUnit();

        for (var p = 0; p < paragraphs.Length; p++)
        {
            _paragraphs.BeginUnit(paragraphs[p]);
            _paragraphs.Add(0, title, 0);
            _paragraphs.Add(1, Ids(tokens, DocumentTokens.Paragraph(p)), 0);
            _paragraphs.EndUnit();
        }
        for (var q = 0; q < quotes.Length; q++)
        {
            _quotes.BeginUnit(quotes[q]);
            _quotes.Add(0, Ids(tokens, tokens.QuoteText(q)), 0);
            _quotes.Add(1, Ids(tokens, tokens.QuoteSpeaker(q)), 0);
            _quotes.EndUnit();
        }
    }

    private ReadOnlySpan<int> Ids(DocumentTokens tokens, int segment)
    {
        var (start, end) = tokens.Range(segment);
        return _ids.AsSpan(start, end - start);
    }

    /// <summary>Creates the postings tables and writes every level (call once, after the last document).</summary>
    public void Write(SqliteConnection connection)
    {
        foreach (var sql in PostingsSchema.Statements) connection.Execute(sql);
        var order = Enumerable.Range(0, _terms.Count).ToArray();
        // SQLite keeps postings_terms in UTF-8 byte order; inserting in that order appends to its B-tree.
        Array.Sort(order, (a, b) => _terms.Term(a).SequenceCompareTo(_terms.Term(b)));
        var db = connection.Handle ?? throw new InvalidOperationException("connection is not open");
        var nextId = 1;
        foreach (var (level, accumulator) in new[] { (LevelSchema.Documents, _documents), (LevelSchema.Paragraphs, _paragraphs), (LevelSchema.Quotes, _quotes) })
        {
            nextId = WriteTerms(db, level, accumulator, order, nextId);
            WriteFields(connection, level, accumulator);
            connection.Execute("INSERT INTO postings_levels(level, max_row) VALUES ($l, $m)", ("$l", (int)level.Level), ("$m", accumulator.MaxRow));
        }
    }

    private int WriteTerms(sqlite3 db, LevelSchema level, LevelAccumulator accumulator, int[] order, int nextId)
    {
        using var insertTerm = Prepare(db, "INSERT INTO postings_terms(level, term, id, df, field_df) VALUES (?, ?, ?, ?, ?)");
        using var insertDocs = Prepare(db, "INSERT INTO postings_docs(id, docs, freqs) VALUES (?, ?, ?)");
        using var insertPositions = Prepare(db, "INSERT INTO postings_positions(id, positions) VALUES (?, ?)");
        var fieldDf = new ByteBuffer();
        foreach (var term in order)
        {
            if (accumulator.Term(term) is not { } postings) continue;
            var id = nextId++;
            fieldDf.Clear();
            foreach (var df in postings.FieldDf) VarInt.Write(fieldDf, df);
            raw.sqlite3_bind_int(insertTerm, 1, (int)level.Level);
            raw.sqlite3_bind_text(insertTerm, 2, _terms.Term(term));
            raw.sqlite3_bind_int(insertTerm, 3, id);
            raw.sqlite3_bind_int(insertTerm, 4, postings.Df);
            raw.sqlite3_bind_blob(insertTerm, 5, fieldDf.Span);
            Step(db, insertTerm);
            raw.sqlite3_bind_int(insertDocs, 1, id);
            raw.sqlite3_bind_blob(insertDocs, 2, postings.Docs);
            raw.sqlite3_bind_blob(insertDocs, 3, postings.Freqs);
            Step(db, insertDocs);
            raw.sqlite3_bind_int(insertPositions, 1, id);
            raw.sqlite3_bind_blob(insertPositions, 2, postings.Positions);
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
