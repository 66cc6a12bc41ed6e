using System.Text;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Tests.Querying.Syntax;

/// <summary>Property: for any input the parser returns a tree or throws <see cref="QuerySyntaxException"/>; nothing else.</summary>
public sealed class HostileQueryTests
{
    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", ":", "*", "~", "~9", "^", "-", "+", "\\", "AND", "OR", "NOT", "TO", "NEAR(a b, 3)",
        "{title}:", "title:", "date:", "date:[", "actor:", "'; DROP TABLE documents; --", "\u0000", "\u001b", "\ud800", "\udfff",
        "🙂", "é", " ", "  ", "\t", "\n", "peace", "2025-04", "*:*", "\"\"", "NOT NOT", "- -", "+-", "a~", "x*", "?",
    ];

    [Fact]
    public void RandomHostileInputParsesOrFailsWithASyntaxError()
    {
        var random = new Random(42);
        for (var i = 0; i < 5000; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
                sb.Append(random.Next(4) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : Fragments[random.Next(Fragments.Length)]);
            AssertParsesOrThrowsSyntaxError(sb.ToString());
        }
    }

    [Theory]
    [InlineData(100_000, "(")]
    [InlineData(100_000, "-")]
    [InlineData(50_000, "a ")]
    [InlineData(50_000, "\"")]
    [InlineData(100_000, "🙂")]
    public void HugeInputDoesNotOverflowTheStack(int count, string piece) =>
        AssertParsesOrThrowsSyntaxError(string.Concat(Enumerable.Repeat(piece, count / piece.Length)) + "x");

    private static void AssertParsesOrThrowsSyntaxError(string text)
    {
        try
        {
            var tree = QueryParser.Parse(text);
            Assert.NotNull(tree);
            Assert.Equal(tree, QueryParser.Parse(QueryTextWriter.Write(tree)));
        }
        catch (QuerySyntaxException e)
        {
            Assert.InRange(e.Position, 0, text.Length);
        }
    }
}
