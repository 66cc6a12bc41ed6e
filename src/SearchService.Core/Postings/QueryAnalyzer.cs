using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;

namespace SearchService.Core.Postings;

/// <summary>
/// The tokens FTS5 makes of a query string, asked of FTS5 itself: the text goes into a scratch in-memory FTS5
/// table with the index's tokenizer and comes back through fts5vocab in position order. No second analyzer
/// exists to disagree with the index (stems, folding, what splits a word). Results are memoised per string.
/// </summary>
internal static class QueryAnalyzer
{
    private const int MemoLimit = 20_000;
    private static readonly ConcurrentDictionary<string, string[]> Memo = new(StringComparer.Ordinal);
    private static readonly ConcurrentBag<SqliteConnection> Pool = [];

    public static string[] Tokens(string text)
    {
        if (Memo.TryGetValue(text, out var known)) return known;
        var connection = Rent();
        try
        {
            connection.Execute("DELETE FROM q");
            connection.Execute("INSERT INTO q(rowid, x) VALUES (1, $x)", ("$x", text));
            var tokens = new List<(int Offset, string Term)>();
            using (var command = connection.Command("SELECT offset, term FROM qv"))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read()) tokens.Add((reader.GetInt32(0), reader.GetString(1)));
            }
            tokens.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            var result = tokens.Select(t => t.Term).ToArray();
            if (Memo.Count >= MemoLimit) Memo.Clear();
            Memo[text] = result;
            return result;
        }
        finally
        {
            Pool.Add(connection);
        }
    }

    private static SqliteConnection Rent()
    {
        if (Pool.TryTake(out var connection)) return connection;
        connection = SqliteExtensions.Open(":memory:", SqliteOpenMode.Memory);
        connection.Execute($"CREATE VIRTUAL TABLE q USING fts5(x, tokenize='{IndexSchema.Tokenizer}')");
        connection.Execute("CREATE VIRTUAL TABLE qv USING fts5vocab(q, 'instance')");
        return connection;
    }
}
