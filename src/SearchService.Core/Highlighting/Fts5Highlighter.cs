using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Marks the matches of a query in a handful of texts by running the same FTS5 expression, with the same
/// tokenizer, over a scratch in-memory FTS5 table and reading FTS5's own <c>highlight()</c>. Matching in the
/// highlighter is therefore exactly matching in the index: stems, folded accents, phrases (marked as one
/// span) and prefixes (the whole word) — with no second analyzer to keep in step.
/// </summary>
public sealed class Fts5Highlighter : IDisposable
{
    /// <summary>Private-use characters never left in indexed text (<see cref="Clean"/> removes them).</summary>
    public const char Open = '\uE000', Close = '\uE001';

    private readonly ConcurrentBag<Scratch> _pool = [];

    /// <summary>The columns a level's expression may name; the scratch table has them all.</summary>
    public static readonly string[] Columns = ["title", "summary", "body", "speaker"];

    /// <summary>Highlights each text (by column name) of one unit; texts that the expression does not match come back unmarked.</summary>
    public IReadOnlyDictionary<string, string> Highlight(string? expression, IReadOnlyDictionary<string, string> texts) =>
        HighlightAll(expression, [texts])[0];

    /// <summary>
    /// <see cref="Highlight"/> for a page of units at once: one row each in the scratch table and one MATCH for
    /// all of them, so a page pays for preparing and parsing the expression once instead of per hit. FTS5
    /// matches and highlights row by row, so each unit's marks are what it would get alone.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> HighlightAll(string? expression, IReadOnlyList<IReadOnlyDictionary<string, string>> units)
    {
        var clean = new Dictionary<string, string>[units.Count];
        for (var u = 0; u < units.Count; u++) clean[u] = units[u].ToDictionary(kv => kv.Key, kv => Clean(kv.Value));
        if (expression is null || units.Count == 0) return clean;
        var scratch = Rent();
        try
        {
            var marked = scratch.Highlight(expression, clean);
            var result = new IReadOnlyDictionary<string, string>[units.Count];
            for (var u = 0; u < units.Count; u++)
            {
                if (marked[u] is not { } row)
                {
                    result[u] = clean[u];
                    continue;
                }
                var unit = new Dictionary<string, string>(clean[u]);
                for (var i = 0; i < Columns.Length; i++)
                    if (clean[u].ContainsKey(Columns[i])) unit[Columns[i]] = row[i];
                result[u] = unit;
            }
            return result;
        }
        catch (SqliteException)
        {
            return clean; // highlighting is best effort: an unmarked snippet beats a failed search
        }
        finally
        {
            _pool.Add(scratch);
        }
    }

    public static string Clean(string text) => text.Replace(Open, ' ').Replace(Close, ' ');

    private Scratch Rent() => _pool.TryTake(out var scratch) ? scratch : new Scratch();

    public void Dispose()
    {
        while (_pool.TryTake(out var scratch)) scratch.Dispose();
    }

    /// <summary>One in-memory FTS5 table with its statements prepared once (they are reused for every page).</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _clear, _insert, _select;
        private readonly SqliteParameter _row, _query;
        private readonly SqliteParameter[] _values;

        public Scratch()
        {
            _connection = SqliteExtensions.Open(":memory:", SqliteOpenMode.Memory);
            // External content: emptying the index is FTS5's 'delete-all', which drops it without re-tokenizing
            // every old row as a plain DELETE must; highlight() reads the texts back from hl_text.
            var columns = string.Join(", ", Columns);
            _connection.Execute($"CREATE TABLE hl_text(rowid INTEGER PRIMARY KEY, {columns})");
            _connection.Execute($"CREATE VIRTUAL TABLE hl USING fts5({columns}, content='hl_text', tokenize='{IndexSchema.Tokenizer}')");
            _clear = _connection.Command("INSERT INTO hl(hl) VALUES ('delete-all'); DELETE FROM hl_text;");
            _insert = _connection.Command(
                $"INSERT INTO hl_text(rowid, {columns}) VALUES ($row, $title, $summary, $body, $speaker); " +
                $"INSERT INTO hl(rowid, {columns}) VALUES ($row, $title, $summary, $body, $speaker);");
            _row = _insert.Parameters.Add("$row", SqliteType.Integer);
            _values = Columns.Select(c => _insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
            _select = _connection.Command(
                "SELECT rowid, highlight(hl, 0, $o, $c), highlight(hl, 1, $o, $c), highlight(hl, 2, $o, $c), highlight(hl, 3, $o, $c) FROM hl WHERE hl MATCH $q",
                ("$o", Open.ToString()), ("$c", Close.ToString()));
            _query = _select.Parameters.Add("$q", SqliteType.Text);
        }

        /// <summary>Per unit, the highlighted columns (in <see cref="Columns"/> order), or null when the expression does not match it.</summary>
        public string[]?[] Highlight(string expression, IReadOnlyList<Dictionary<string, string>> units)
        {
            _clear.ExecuteNonQuery();
            for (var u = 0; u < units.Count; u++)
            {
                _row.Value = u + 1;
                for (var i = 0; i < Columns.Length; i++) _values[i].Value = units[u].TryGetValue(Columns[i], out var t) ? t : "";
                _insert.ExecuteNonQuery();
            }
            _query.Value = expression;
            var marked = new string[]?[units.Count];
            using var reader = _select.ExecuteReader();
            while (reader.Read())
            {
                var row = new string[Columns.Length];
                for (var i = 0; i < Columns.Length; i++) row[i] = reader.GetString(i + 1);
                marked[reader.GetInt64(0) - 1] = row;
            }
            return marked;
        }

        public void Dispose()
        {
            _clear.Dispose();
            _insert.Dispose();
            _select.Dispose();
            _connection.Dispose();
        }
    }
}
