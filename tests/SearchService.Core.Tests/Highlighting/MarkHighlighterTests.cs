using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Tests.Querying.Syntax;

namespace SearchService.Core.Tests.Highlighting;

/// <summary>What a query marks in a text: the words it searched for, a phrase only where it occurs whole, nothing it excluded.</summary>
public sealed class MarkHighlighterTests(ParserFixture parser) : IClassFixture<ParserFixture>
{
    private string Html(string query, string text, SearchLevel level = SearchLevel.Paragraphs) =>
        SnippetBuilder.Html(new MarkHighlighter(parser.Parse(query, level).Query).Mark(text, "p.body"));

    [Fact]
    public void StemsAndFoldedAccentsAreMarkedAsWritten() =>
        Assert.Equal("The <mark>Ministers convened</mark> with <mark>Sébastien</mark>.", Html("minister convene sebastien", "The Ministers convened with Sébastien.")); // neighbours read as one span

    [Fact]
    public void APhraseIsMarkedOnlyWhereItOccursWhole() =>
        Assert.Equal("A <mark>coalition of the willing</mark>, then a coalition of others and the willing.",
            Html("\"coalition of the willing\"", "A coalition of the willing, then a coalition of others and the willing."));

    [Fact]
    public void ASloppyPhraseIsMarkedWithinItsSlop() =>
        Assert.Equal("The <mark>Defence</mark> Secretary John <mark>Healey</mark> spoke; Healey later.",
            Html("\"defence healey\"~3", "The Defence Secretary John Healey spoke; Healey later."));

    [Fact]
    public void PrefixesAndWildcardsMarkTheWordsTheyMatch() =>
        Assert.Equal("<mark>Defence</mark> and <mark>defensive</mark> plans, not offence.", Html("defen* OR off?nse", "Defence and defensive plans, not offence."));

    [Fact]
    public void ExcludedWordsAndFacetValuesAreNotMarked() =>
        Assert.Equal("<mark>Ceasefire</mark> talks with Putin in France.", Html("ceasefire -Putin nation:France", "Ceasefire talks with Putin in France."));

    [Fact]
    public void OnlyTheFieldsAskedForAreMarked() =>
        Assert.Equal("Ceasefire and <mark>truce</mark>.", Html("title:ceasefire truce", "Ceasefire and truce."));

    [Fact]
    public void MarkupInTheTextStaysText() =>
        Assert.Equal("&lt;b&gt;<mark>truce</mark>&lt;/b&gt; &amp; more", Html("truce", "<b>truce</b> & more"));
}
