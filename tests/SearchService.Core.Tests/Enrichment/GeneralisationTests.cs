namespace SearchService.Core.Tests.Enrichment;

/// <summary>Rules that came out of the held-out unseen set: each is general, not about one document.</summary>
public sealed class GeneralisationTests
{
    [Fact]
    public void PlaceAfterInBeforeAnAppositiveRoleIsNotAPerson() =>
        Assert.Equal(["Rachel Reeves"], TestArticles.Enrich(
            "Chancellor Rachel Reeves set out plans on Monday.",
            "Speaking in Manchester, the Chancellor said: \"We will get Britain building again.\"").Actors);

    [Fact]
    public void AppositiveJobAtAnOrganisationIntroducesAPersonEvenWithANationFirstName()
    {
        var doc = TestArticles.Enrich(
            "Jordan Hayes, an economist at the Institute for Fiscal Studies, warned that \"growth forecasts remain fragile\" after the Office for Budget Responsibility downgraded its outlook.");
        Assert.Equal(["Jordan Hayes"], doc.Actors);
        Assert.Empty(doc.Nations);
        Assert.Equal("Jordan Hayes", Assert.Single(doc.Quotes).Speaker);
        Assert.Contains("Institute for Fiscal Studies", doc.Organisations);
        Assert.Contains("Office for Budget Responsibility", doc.Organisations);
    }

    [Fact]
    public void AppositiveWithoutArticleAndRoleBeforeNameIntroducePeople() =>
        Assert.Equal(["Tom Bradshaw", "Christine Middlemiss"], TestArticles.Enrich(
            "Tom Bradshaw, president of the National Farmers' Union, warned of losses.",
            "The UK's Chief Veterinary Officer, Christine Middlemiss, said keepers must stay vigilant.").Actors);

    [Fact]
    public void SentenceInitialTurkeyBeforeANounIsFood() =>
        Assert.DoesNotContain("Turkey", TestArticles.Enrich("Turkey farmers in Norfolk welcomed the move.").Nations);

    [Fact]
    public void SentenceInitialTurkeyAsSubjectIsTheCountry() =>
        Assert.Contains("Turkey", TestArticles.Enrich("Turkey is to apply for membership of the group.").Nations);

    [Fact]
    public void JordanianIsJordanEvenBeforeACapitalisedRole() =>
        Assert.Contains("Jordan", TestArticles.Enrich("He met Jordanian Foreign Minister Ayman Safadi in Amman.").Nations);

    [Fact]
    public void CongoleseBesideTheDrcIsTheDrc() =>
        Assert.Equal(["Democratic Republic of the Congo"], TestArticles.Enrich(
            "Fighting continued in eastern DRC.", "Congolese President Félix Tshisekedi called for sanctions.").Nations);

    [Fact]
    public void ShortQuotationWithAReportingVerbButNoPersonIsKeptWithNullSpeaker()
    {
        var quote = Assert.Single(TestArticles.Enrich("\"This is a good day,\" one farmer told reporters.").Quotes);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void QuotationResumedAfterItsAttributionKeepsTheSpeaker() =>
        Assert.All(TestArticles.Enrich(
            "Paul Gundersen, the Met Office's chief meteorologist, said the storm was severe.",
            "\"Stay at home if you can,\" he added. \"Conditions on the roads are treacherous.\"").Quotes,
            q => Assert.Equal("Paul Gundersen", q.Speaker));

    [Fact]
    public void UnqualifiedRoleIsTheHolderNoForeignNationQualifies() =>
        Assert.Equal("Keir Starmer", Assert.Single(TestArticles.Enrich(
            "Prime Minister Sir Keir Starmer spoke to Indian Prime Minister Narendra Modi.",
            "\"This is a landmark deal for working people,\" the Prime Minister said.").Quotes).Speaker);

    [Fact]
    public void SurnameFoundByACueTakesItsFirstNameFromTheText() =>
        Assert.Contains("Annalena Baerbock", TestArticles.Enrich(
            "Germany's Annalena Baerbock joined the talks.", "\"Europe has to be at the table,\" said Ms Baerbock.").Actors);

    [Fact]
    public void PalacesAndPartiesAreNotPeople() =>
        Assert.Equal(["Iain Duncan Smith"], TestArticles.Enrich(
            "Buckingham Palace said the King had been kept informed.",
            "Conservative MP Iain Duncan Smith said the trip had produced little.").Actors);
}
