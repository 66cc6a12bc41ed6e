using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// Encodes the instances of one term at a time, as the vocab scan delivers them (term, then row, then column
/// and offset), and inserts each finished term. Streams: doc ids as gaps; per posting one tf per field (0
/// included, so the reader needs no field bitmap); per posting and field, the field's positions as gaps.
/// </summary>
internal sealed class TermSink : IDisposable
{
    private readonly sqlite3 _db;
    private readonly int _level, _fields;
    private readonly sqlite3_stmt _insertTerm, _insertDocs, _insertPositions;
    private readonly ByteBuffer _docs = new(), _freqs = new(), _positions = new(), _fieldDf = new();
    private readonly List<int>[] _fieldPositions;
    private readonly int[] _df;
    private byte[] _term = [];
    private int _nextId, _postings, _row = -1, _lastRow;

    public TermSink(sqlite3 db, int level, int fields, int firstId)
    {
        _db = db;
        _level = level;
        _fields = fields;
        _nextId = firstId;
        _df = new int[fields];
        _fieldPositions = Enumerable.Range(0, fields).Select(_ => new List<int>()).ToArray();
        _insertTerm = Prepare("INSERT INTO postings_terms(level, term, id, df, field_df) VALUES (?, ?, ?, ?, ?)");
        _insertDocs = Prepare("INSERT INTO postings_docs(id, docs, freqs) VALUES (?, ?, ?)");
        _insertPositions = Prepare("INSERT INTO postings_positions(id, positions) VALUES (?, ?)");
    }

    public void Add(ReadOnlySpan<byte> term, int row, int field, int offset)
    {
        if (!term.SequenceEqual(_term))
        {
            FlushTerm();
            _term = term.ToArray();
        }
        if (row != _row)
        {
            FlushPosting();
            _row = row;
        }
        _fieldPositions[field].Add(offset);
    }

    /// <summary>Writes the last term; returns the next free term id.</summary>
    public int Finish()
    {
        FlushTerm();
        return _nextId;
    }

    private void FlushPosting()
    {
        if (_row < 0) return;
        VarInt.Write(_docs, _row - _lastRow);
        _lastRow = _row;
        _postings++;
        for (var f = 0; f < _fields; f++)
        {
            var list = _fieldPositions[f];
            VarInt.Write(_freqs, list.Count);
            if (list.Count == 0) continue;
            _df[f]++;
            var previous = 0;
            foreach (var p in list)
            {
                VarInt.Write(_positions, p - previous);
                previous = p;
            }
            list.Clear();
        }
        _row = -1;
    }

    private void FlushTerm()
    {
        FlushPosting();
        if (_postings > 0)
        {
            var id = _nextId++;
            _fieldDf.Clear();
            foreach (var df in _df) VarInt.Write(_fieldDf, df);
            Insert(_insertTerm, s =>
            {
                raw.sqlite3_bind_int(s, 1, _level);
                raw.sqlite3_bind_text(s, 2, _term);
                raw.sqlite3_bind_int(s, 3, id);
                raw.sqlite3_bind_int(s, 4, _postings);
                raw.sqlite3_bind_blob(s, 5, _fieldDf.Span);
            });
            Insert(_insertDocs, s =>
            {
                raw.sqlite3_bind_int(s, 1, id);
                raw.sqlite3_bind_blob(s, 2, _docs.Span);
                raw.sqlite3_bind_blob(s, 3, _freqs.Span);
            });
            Insert(_insertPositions, s =>
            {
                raw.sqlite3_bind_int(s, 1, id);
                raw.sqlite3_bind_blob(s, 2, _positions.Span);
            });
        }
        _docs.Clear();
        _freqs.Clear();
        _positions.Clear();
        Array.Clear(_df);
        _postings = 0;
        _lastRow = 0;
    }

    private void Insert(sqlite3_stmt statement, Action<sqlite3_stmt> bind)
    {
        bind(statement);
        PostingsWriter.Check(_db, raw.sqlite3_step(statement));
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
    }

    private sqlite3_stmt Prepare(string sql)
    {
        PostingsWriter.Check(_db, raw.sqlite3_prepare_v2(_db, sql, out var statement));
        return statement;
    }

    public void Dispose()
    {
        _insertTerm.Dispose();
        _insertDocs.Dispose();
        _insertPositions.Dispose();
    }
}
