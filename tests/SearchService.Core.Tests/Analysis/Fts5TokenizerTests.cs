using System.Text;
using Microsoft.Data.Sqlite;
using SearchService.Core.Analysis;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Analysis;

/// <summary>The in-process tokenizer must give exactly the terms and positions FTS5 indexes for the same text.</summary>
public sealed class Fts5TokenizerTests
{
    private static readonly string[] Samples =
    [
        "The Defence Secretary said the ceasefire would hold.",
        "Sébastien Lecornu, ministre des Armées; Zürich, São Paulo, Ærø — naïve coöperation",
        "Don't stop: O'Brien's 2,500 troops (25%) and 3.14159 co-operation e-mail",
        "北京 欢迎 你 😀 emoji\u200Bzero-width \uE000private",
        "running runs ran generalisations generously",
        new string('x', 70) + " " + new string('a', 5000),
        "",
        "   \n\t  ",
        "UPPER lower MiXeD İstanbul ǅemal ﬁnance",
    ];

    public static TheoryData<string> Texts() => new(Samples);

    [Theory]
    [MemberData(nameof(Texts))]
    public void TokensAreFts5sOwn(string text)
    {
        var sink = new Collect();
        using (var lease = Fts5Tokenizer.Rent()) lease.Tokenizer.Tokenize(text, sink);
        Assert.Equal(Fts5Instances(text), sink.Terms);
        var utf8 = Encoding.UTF8.GetBytes(text);
        foreach (var (term, start, end) in sink.Ranges)
            Assert.InRange(start, 0, end);
        Assert.All(sink.Ranges, r => Assert.True(r.End <= utf8.Length));
    }

    [Fact]
    public void ManyThreadsTokenizeIndependently()
    {
        var texts = Samples;
        var expected = texts.Select(Fts5Instances).ToArray();
        Parallel.For(0, 400, i =>
        {
            var sink = new Collect();
            using (var lease = Fts5Tokenizer.Rent()) lease.Tokenizer.Tokenize(texts[i % texts.Length], sink);
            Assert.Equal(expected[i % texts.Length], sink.Terms);
        });
    }

    [Fact]
    public void AFailingSinkStopsTheTokenizerAndRethrows()
    {
        using var lease = Fts5Tokenizer.Rent();
        var e = Assert.Throws<InvalidDataException>(() => lease.Tokenizer.Tokenize("one two three", new Failing()));
        Assert.Equal("stop at two", e.Message);
        var sink = new Collect();
        lease.Tokenizer.Tokenize("still works", sink);
        Assert.Equal(["still", "work"], sink.Terms);
    }

    private static List<string> Fts5Instances(string text)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute($"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{IndexSchema.Tokenizer}')");
        connection.Execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')");
        connection.Execute("INSERT INTO t(rowid, x) VALUES (1, $x)", ("$x", text));
        var rows = new List<(int Offset, string Term)>();
        using (var command = connection.Command("SELECT offset, term FROM v"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }
        return rows.OrderBy(r => r.Offset).Select(r => r.Term).ToList();
    }

    private sealed class Collect : ITokenSink
    {
        public List<string> Terms { get; } = [];
        public List<(string Term, int Start, int End)> Ranges { get; } = [];

        public void Token(ReadOnlySpan<byte> token, int start, int end)
        {
            var term = Encoding.UTF8.GetString(token);
            Terms.Add(term);
            Ranges.Add((term, start, end));
        }
    }

    private sealed class Failing : ITokenSink
    {
        public void Token(ReadOnlySpan<byte> token, int start, int end)
        {
            if (token.SequenceEqual("two"u8)) throw new InvalidDataException("stop at two");
        }
    }
}
