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

    private readonly ConcurrentBag<SqliteConnection> _pool = [];

    /// <summary>The columns a level's expression may name; the scratch table has them all.</summary>
    public static readonly string[] Columns = ["title", "summary", "body", "speaker"];

    /// <summary>Highlights each text (by column name) of one unit; texts that the expression does not match come back unmarked.</summary>
    public IReadOnlyDictionary<string, string> Highlight(string? expression, IReadOnlyDictionary<string, string> texts)
    {
        var clean = texts.ToDictionary(kv => kv.Key, kv => Clean(kv.Value));
        if (expression is null) return clean;
        var connection = Rent();
        try
        {
            connection.Execute("DELETE FROM hl");
            var values = Columns.Select(c => ("$" + c, (object?)(clean.TryGetValue(c, out var t) ? t : ""))).ToArray();
            connection.Execute("INSERT INTO hl(rowid, title, summary, body, speaker) VALUES (1, $title, $summary, $body, $speaker)", values);
            using var command = connection.Command(
                "SELECT highlight(hl, 0, $o, $c), highlight(hl, 1, $o, $c), highlight(hl, 2, $o, $c), highlight(hl, 3, $o, $c) FROM hl WHERE hl MATCH $q",
                ("$o", Open.ToString()), ("$c", Close.ToString()), ("$q", expression));
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return clean;
            var result = new Dictionary<string, string>(clean);
            for (var i = 0; i < Columns.Length; i++)
                if (clean.ContainsKey(Columns[i])) result[Columns[i]] = reader.GetString(i);
            return result;
        }
        catch (SqliteException)
        {
            return clean; // highlighting is best effort: an unmarked snippet beats a failed search
        }
        finally
        {
            _pool.Add(connection);
        }
    }

    public static string Clean(string text) => text.Replace(Open, ' ').Replace(Close, ' ');

    private SqliteConnection Rent()
    {
        if (_pool.TryTake(out var connection)) return connection;
        connection = SqliteExtensions.Open(":memory:", SqliteOpenMode.Memory);
        connection.Execute($"CREATE VIRTUAL TABLE hl USING fts5({string.Join(", ", Columns)}, tokenize='{IndexSchema.Tokenizer}')");
        return connection;
    }

    public void Dispose()
    {
        while (_pool.TryTake(out var connection)) connection.Dispose();
    }
}
