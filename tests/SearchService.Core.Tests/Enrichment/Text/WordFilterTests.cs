using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Tests.Enrichment.Text;

public sealed class WordFilterTests
{
    [Fact]
    public void NeverTurnsAwayAWordOfTheSet()
    {
        string[] words = ["Secretary", "mp", "Ökonom", "ıstanbul", "a", "Organisation"];
        var filter = new WordFilter(words, ignoreCase: false);
        Assert.All(words, w => Assert.True(filter.MayContain(w)));
        Assert.False(filter.MayContain("secretary"));
        Assert.False(filter.MayContain("Secretaries"));
        Assert.False(filter.MayContain(""));
    }

    [Theory]
    [InlineData("MP")]
    [InlineData("Mp")]
    [InlineData("ıSTANBUL")]
    [InlineData("ökonom")]
    [InlineData("ORGANISATION")]
    public void IgnoringCaseLetsThroughWhatOrdinalIgnoreCaseEquates(string word)
    {
        string[] words = ["mp", "Ökonom", "ıstanbul", "organisation"];
        Assert.Contains(words, w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
        Assert.True(new WordFilter(words, ignoreCase: true).MayContain(word));
        Assert.True(new WordSet(words, ignoreCase: true).Contains(word));
    }
}
