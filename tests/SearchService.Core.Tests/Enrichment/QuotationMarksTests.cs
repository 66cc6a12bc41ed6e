using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>Quotation marks as news prints them, and quoted words that are not anybody's quotation.</summary>
public sealed class QuotationMarksTests
{
    [Fact]
    public void TwoApostrophesQuoteAsTheNewYorkTimesPrintsThem()
    {
        var quote = Assert.Single(TestArticles.Enrich("''We are not going anywhere until the vote is counted,'' Ms. Okafor said.").Quotes);
        Assert.Equal(("Okafor", "We are not going anywhere until the vote is counted,"), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void TwoApostrophesRunOnIntoTheNextParagraph()
    {
        var doc = TestArticles.Enrich(
            "Mayor Alan Pritchard told the meeting: ''The bridge will reopen in March. The contractor has promised it.",
            "''After that, the tolls come off for good.''");
        Assert.Equal(["Alan Pritchard", "Alan Pritchard"], doc.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void ReversedOpeningMarkStillOpens() =>
        Assert.Equal("The harbour will be dredged before the summer season starts,", Assert.Single(TestArticles.Enrich(
            "”The harbour will be dredged before the summer season starts,” said Mayor Alan Pritchard.").Quotes).Text);

    [Fact]
    public void StraightAndCurlyMarksMixedStillClose() =>
        Assert.Equal("Alan Pritchard", Assert.Single(TestArticles.Enrich(
            "\"The harbour will be dredged before the summer season starts,” said Mayor Alan Pritchard. Work begins on Monday.").Quotes).Speaker);

    [Fact]
    public void HeadlineSingleQuotesQuoteTheNamedSpeaker()
    {
        const string title = "Mayor Pritchard: 'The bridge will reopen in March'";
        var doc = new Core.Enrichment.DocumentEnricher().Enrich(new Document
        {
            Id = "headline",
            Title = title,
            Paragraphs = [new Paragraph(0, title), new Paragraph(1, "Mayor Alan Pritchard spoke at the town hall on Monday.")],
        });
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("The bridge will reopen in March", "Alan Pritchard"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void TitleOfAShowIsNotAQuotation()
    {
        var doc = TestArticles.Enrich("\"The polls are wrong and we will prove it,\" Okafor said on \"Sunday Politics Live.\"");
        Assert.Equal(["The polls are wrong and we will prove it,"], doc.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void ScareQuotesBesideAPersonAreNotHisQuotation() =>
        Assert.Empty(TestArticles.Enrich("Robert Finch attacked the \"so-called experts\" on Tuesday.").Quotes);

    [Fact]
    public void ShortQuotationWithAReportingVerbAFewWordsOnIsKept() =>
        Assert.Null(Assert.Single(TestArticles.Enrich(
            "\"Not in my name,\" the protester shouted, holding a placard above the heads of the crowd in the square.").Quotes).Speaker);
}
