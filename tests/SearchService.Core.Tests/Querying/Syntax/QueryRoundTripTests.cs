using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Tests.Querying.Syntax;

public sealed class QueryRoundTripTests
{
    [Fact]
    public void ThousandRandomTreesSurviveWritingAndParsing()
    {
        var trees = new RandomQueryTrees(seed: 20250414);
        for (var i = 0; i < 1000; i++)
        {
            var tree = trees.Next();
            var text = QueryTextWriter.Write(tree);
            var parsed = QueryParser.Parse(text);
            Assert.True(tree.Equals(parsed), $"#{i}: {text}\nwrote {tree}\nread  {parsed}");
        }
    }

    [Theory]
    [InlineData("peace")]
    [InlineData("(title:peace body:\"cease fire\") OR -(a b)")]
    [InlineData("actor:\"John Healey\" -nation:\"France\"")]
    [InlineData("date:[2025-04-01 TO 2025-04-30] ceasefire*")]
    [InlineData("Lecronu~ Lecronu~1")]
    public void CanonicalTextIsWrittenBackUnchanged(string text) =>
        Assert.Equal(text, QueryTextWriter.Write(QueryParser.Parse(text)));
}
