using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// One term's decoded postings on one level: ascending unit rowids and, per posting, the term frequency of each
/// field (<c>Tf[i * fields + f]</c>). Positions stay encoded (a phrase walks them forward) and load on first use.
/// </summary>
internal sealed class TermPostings
{
    private byte[]? _positions;

    private TermPostings(int id, int[] rows, ushort[] tf)
    {
        Id = id;
        Rows = rows;
        Tf = tf;
    }

    public int Id { get; }
    public int[] Rows { get; }
    public ushort[] Tf { get; }
    public int Count => Rows.Length;

    /// <summary>Bytes held, for the cache's budget.</summary>
    public long Size => Rows.Length * 4L + Tf.Length * 2L + (_positions?.Length ?? 0) + 64;

    public byte[]? LoadedPositions => _positions;

    public static TermPostings Read(sqlite3 db, int id, int df, int fields)
    {
        PostingsSchema.Check(db, raw.sqlite3_prepare_v2(db, "SELECT docs, freqs FROM postings_docs WHERE id = ?", out var statement));
        using (statement)
        {
            raw.sqlite3_bind_int(statement, 1, id);
            if (raw.sqlite3_step(statement) != raw.SQLITE_ROW) throw new InvalidOperationException($"postings of term {id} are missing");
            var rows = new int[df];
            var tf = new ushort[df * fields];
            var docs = raw.sqlite3_column_blob(statement, 0);
            var offset = 0;
            var row = 0;
            for (var i = 0; i < df; i++)
            {
                row += VarInt.Read(docs, ref offset);
                rows[i] = row;
            }
            var freqs = raw.sqlite3_column_blob(statement, 1);
            offset = 0;
            for (var i = 0; i < tf.Length; i++) tf[i] = (ushort)Math.Min(ushort.MaxValue, VarInt.Read(freqs, ref offset));
            return new TermPostings(id, rows, tf);
        }
    }

    /// <summary>The positions stream (per posting, per field with tf &gt; 0: tf position gaps), read once and kept.</summary>
    public byte[] Positions(sqlite3 db)
    {
        if (_positions is { } loaded) return loaded;
        PostingsSchema.Check(db, raw.sqlite3_prepare_v2(db, "SELECT positions FROM postings_positions WHERE id = ?", out var statement));
        using (statement)
        {
            raw.sqlite3_bind_int(statement, 1, Id);
            if (raw.sqlite3_step(statement) != raw.SQLITE_ROW) throw new InvalidOperationException($"positions of term {Id} are missing");
            return _positions = raw.sqlite3_column_blob(statement, 0).ToArray();
        }
    }
}
