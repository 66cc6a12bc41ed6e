using Microsoft.Data.Sqlite;
using SearchService.Core.Postings;

namespace SearchService.Core.Indexing;

/// <summary>
/// Writes a fresh index in one pass, for <see cref="IndexBuilder"/>: rowids are assigned here in arrival order,
/// the postings of all levels are accumulated in memory from each document's tokens and written at the end, and
/// nothing goes into FTS5 (whose tables then hold only what <see cref="IndexWriter"/> adds later). Inserting
/// every paragraph into FTS5 and reading it back out for the postings cost two thirds of a build.
/// </summary>
internal sealed class BulkIndexWriter(SqliteConnection connection, int batchRecords = LevelAccumulator.DefaultBatchRecords) : IDisposable
{
    private readonly StatementCache _statements = new(connection);
    private readonly PostingsBuilder _postings = new(batchRecords);
    private readonly Dictionary<string, (int Row, byte[] Hash)> _written = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _uncounted = new(StringComparer.Ordinal); // words of exact duplicates
    private int _nextDocument = 1, _nextParagraph = 1, _nextQuote = 1;
    private int[] _paragraphRows = new int[64], _quoteRows = new int[64];

    public void Dispose() => _statements.Dispose();

    public WriteOutcome Add(PreparedDocument prepared)
    {
        var document = prepared.Document;
        var postings = prepared.Postings ?? throw new ArgumentException("a bulk build needs the document's postings", nameof(prepared));
        var outcome = WriteOutcome.Added;
        if (_written.TryGetValue(document.Id, out var earlier))
        {
            if (earlier.Hash.AsSpan().SequenceEqual(prepared.Hash))
            {
                foreach (var word in prepared.Words) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_uncounted, word, out _)++;
                return WriteOutcome.Unchanged;
            }
            // The same id again with other content: the later wins. The earlier one's postings stay as a deleted
            // document's do in Lucene until a merge, matched by nothing because its rows are gone.
            Remove(earlier.Row);
            outcome = WriteOutcome.Replaced;
        }
        var row = _nextDocument++;
        _written[document.Id] = (row, prepared.Hash);
        _statements.Execute("INSERT INTO documents(rowid, id, kind, title, date, department, hash, stored) VALUES ($r, $id, $k, $t, $d, $dep, $h, $s)",
            ("$r", row), ("$id", document.Id), ("$k", document.Kind), ("$t", document.Title), ("$d", document.Date),
            ("$dep", document.Department), ("$h", prepared.Hash), ("$s", prepared.Stored));

        if (_paragraphRows.Length < document.Paragraphs.Count) _paragraphRows = new int[document.Paragraphs.Count * 2];
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = _paragraphRows[i] = _nextParagraph++;
            _statements.Execute("INSERT INTO paragraphs(rowid, doc, idx) VALUES ($r, $d, $i)",
                ("$r", paragraph), ("$d", row), ("$i", document.Paragraphs[i].Index));
        }
        if (_quoteRows.Length < document.Quotes.Count) _quoteRows = new int[document.Quotes.Count * 2];
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var quote = document.Quotes[i];
            var quoteRow = _quoteRows[i] = _nextQuote++;
            _statements.Execute("INSERT INTO quotes(rowid, doc, idx, paragraph, speaker) VALUES ($r, $d, $i, $p, $s)",
                ("$r", quoteRow), ("$d", row), ("$i", quote.Index), ("$p", quote.Paragraph), ("$s", quote.Speaker));
        }
        foreach (var (dim, values) in new[] { ("actor", document.Actors), ("nation", document.Nations) })
            foreach (var value in values.Distinct(StringComparer.Ordinal))
                _statements.Execute("INSERT OR IGNORE INTO doc_values(doc, dim, value) VALUES ($d, $dim, $v)",
                    ("$d", row), ("$dim", dim), ("$v", value));

        _postings.Add(postings, row, _paragraphRows.AsSpan(0, document.Paragraphs.Count), _quoteRows.AsSpan(0, document.Quotes.Count));
        return outcome;
    }

    /// <summary>Writes the vocabulary (document frequencies of surface words, counted by the build's workers over
    /// every document they prepared) and the postings; call once, inside the build's transaction, after the last document.</summary>
    public void Finish(IEnumerable<Dictionary<string, int>> vocabularies)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in vocabularies)
            foreach (var (word, count) in counts) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, word, out _) += count;
        foreach (var (word, count) in _uncounted) vocabulary[word] -= count;
        foreach (var (term, freq) in vocabulary.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            _statements.Execute("INSERT INTO terms(term, freq) VALUES ($t, $f)", ("$t", term), ("$f", freq));
        _postings.Write(connection);
    }

    private void Remove(int row)
    {
        foreach (var table in new[] { "paragraphs", "quotes", "doc_values" })
            _statements.Execute($"DELETE FROM {table} WHERE doc = $d", ("$d", row));
        _statements.Execute("DELETE FROM documents WHERE rowid = $d", ("$d", row));
    }
}
