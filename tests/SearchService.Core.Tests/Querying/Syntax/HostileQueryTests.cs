using System.Text;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Querying.Syntax;

/// <summary>Property: for any input the parser returns a query or throws <see cref="QuerySyntaxException"/> with a position inside the text; nothing else.</summary>
public sealed class HostileQueryTests(ParserFixture parser) : IClassFixture<ParserFixture>
{
    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", ":", "*", "~", "~9", "~0.5", "^", "^2", "-", "+", "!", "&&", "||", "\\", "/", "AND", "OR", "NOT", "TO",
        "NEAR(a b, 3)", "{title}:", "title:", "date:", "date:[", "actor:", "speaker:", "'; DROP TABLE documents; --", "\u0000", "\u001b", "\ud800", "\udfff",
        "🙂", "é", " ", "  ", "\t", "\n", "peace", "2025-04", "*:*", "\"\"", "NOT NOT", "- -", "+-", "a~", "x*", "?", "\\u00", "\\u0041",
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
            AssertParsesOrThrowsSyntaxError(sb.ToString(), (SearchLevel)random.Next(3));
        }
    }

    [Theory]
    [InlineData(100_000, "(")]
    [InlineData(100_000, "-")]
    [InlineData(50_000, "a ")]
    [InlineData(50_000, "\"")]
    [InlineData(100_000, "🙂")]
    [InlineData(20_000, "(a OR ")]
    public void HugeInputDoesNotOverflowTheStack(int count, string piece) =>
        AssertParsesOrThrowsSyntaxError(string.Concat(Enumerable.Repeat(piece, count / piece.Length)) + "x", SearchLevel.Documents);

    private void AssertParsesOrThrowsSyntaxError(string text, SearchLevel level)
    {
        try
        {
            Assert.NotNull(parser.Parse(text, level).Query);
        }
        catch (QuerySyntaxException e)
        {
            Assert.InRange(e.Position, 0, text.Length);
        }
    }
}
