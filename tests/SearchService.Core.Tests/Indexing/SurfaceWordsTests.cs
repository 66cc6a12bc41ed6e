using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.Indexing;

public sealed class SurfaceWordsTests
{
    [Theory]
    [InlineData("Sébastien", "sebastien")]
    [InlineData("Zürich ÇA", "zurich ca")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Se\u0301bastien", "sebastien")]
    public void FoldingLowersAndRemovesAccentsLikeTheTokenizer(string text, string folded) => Assert.Equal(folded, SurfaceWords.Fold(text));

    [Fact]
    public void DistinctWordsSkipNumbersAndSingleLetters() =>
        Assert.Equal(["ceasefire", "in", "ukraine"], SurfaceWords.Distinct("Ceasefire in Ukraine, 2025: a ceasefire").ToArray());
}
