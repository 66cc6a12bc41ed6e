using System.Collections.Concurrent;
using System.Text;
using SearchService.Core.Analysis;

namespace SearchService.Core.Postings;

/// <summary>
/// The tokens FTS5 makes of a query string, from FTS5's own tokenizer (the one the build and the live segment
/// use), so no second analyzer exists to disagree with the index (stems, folding, what splits a word).
/// Results are memoised per string.
/// </summary>
internal static class QueryAnalyzer
{
    private const int MemoLimit = 20_000;
    private static readonly ConcurrentDictionary<string, string[]> Memo = new(StringComparer.Ordinal);

    public static string[] Tokens(string text)
    {
        if (Memo.TryGetValue(text, out var known)) return known;
        var sink = new Collect();
        using (var lease = Fts5Tokenizer.Rent()) lease.Tokenizer.Tokenize(text, sink);
        var result = sink.Terms.ToArray();
        if (Memo.Count >= MemoLimit) Memo.Clear();
        Memo[text] = result;
        return result;
    }

    private sealed class Collect : ITokenSink
    {
        public List<string> Terms { get; } = [];

        public void Token(ReadOnlySpan<byte> token, int start, int end) => Terms.Add(Encoding.UTF8.GetString(token));
    }
}
