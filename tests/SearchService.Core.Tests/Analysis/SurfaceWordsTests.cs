using SearchService.Core.Analysis;

namespace SearchService.Core.Tests.Analysis;

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

    [Fact]
    public void TheScanningWordSplitterAgreesWithFoldThenSplit()
    {
        const string alphabet = "abcXYZéÉüßŁłæ0123456789 ,.-'\u0301\n\u4e2d😀";
        var random = new Random(5);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Reference(text), SurfaceWords.Distinct(text));
        }
        Assert.Equal(["abc", "def"], SurfaceWords.Distinct(["abc x", "def abc"]));
    }

    // The definition: fold the whole text, split on anything but letters and digits, keep 2-40 characters, not all digits.
    private static List<string> Reference(string text)
    {
        var folded = SurfaceWords.Fold(text);
        var words = System.Text.RegularExpressions.Regex.Split(folded, @"[^\p{L}\p{Nd}\p{Nl}\p{No}]+");
        return words.Where(w => w.Length >= 2 && w.Length <= 40 && !w.All(char.IsAsciiDigit) && w.All(char.IsLetterOrDigit)).Distinct().ToList();
    }
}
