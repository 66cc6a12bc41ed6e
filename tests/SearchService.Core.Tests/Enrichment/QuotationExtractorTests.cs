namespace SearchService.Core.Tests.Enrichment;

public sealed class QuotationExtractorTests
{
    [Fact]
    public void QuotationContinuedInNextParagraphKeepsItsSpeaker()
    {
        var doc = TestArticles.Enrich(
            "Foreign Secretary David Lammy told reporters, “We will keep going. This matters.",
            "“Our support for our allies will not waver, whatever the cost of it.”");
        Assert.Collection(doc.Quotes,
            q => Assert.Equal((0, "David Lammy"), (q.Paragraph, q.Speaker)),
            q => Assert.Equal((1, "David Lammy", "Our support for our allies will not waver, whatever the cost of it."), (q.Paragraph, q.Speaker, q.Text)));
    }

    [Fact]
    public void HeSaidIsTheLastPersonNamed()
    {
        var doc = TestArticles.Enrich(
            "Defence Secretary John Healey visited the base.",
            "“We owe our forces the very best equipment there is,” he said.");
        Assert.Equal("John Healey", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void SpeakerNamedAfterTheQuotation()
    {
        var doc = TestArticles.Enrich("\"The deal protects thousands of jobs across the country,\" said Business Secretary Kemi Badenoch.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(("Kemi Badenoch", "The deal protects thousands of jobs across the country,"), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void GovUkSaidColonIntroducesSingleQuotedParagraphs()
    {
        var doc = TestArticles.Enrich(
            "Home office crime prevention minister Jeremy Browne said:",
            "‘Distorted information from their peers can lead young people to feel confused about drugs.",
            "‘We know FRANK works, 67 per cent of young people say they would use it.’");
        Assert.All(doc.Quotes, q => Assert.Equal("Jeremy Browne", q.Speaker));
        Assert.Equal([1, 2], doc.Quotes.Select(q => q.Paragraph));
    }

    [Fact]
    public void UnknownSpeakerIsNullNotAGuess()
    {
        var doc = TestArticles.Enrich(
            "Defence Secretary John Healey attended.",
            "A banner outside read “No more cuts to our armed forces, not now and not ever”.");
        Assert.Null(Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void ShortScareQuotesWithoutSpeakerAreNotQuotations() =>
        Assert.Empty(TestArticles.Enrich("Butchers pass around a ‘joint’ of meat in the ‘comedown’ advert.").Quotes);

    [Fact]
    public void ShortQuotationWithASpeakerIsKept() =>
        Assert.Equal("Dmitry Peskov", Assert.Single(TestArticles.Enrich(
            "Kremlin spokesman Dmitry Peskov said there was “no need to expect breakthroughs”.").Quotes).Speaker);
}
