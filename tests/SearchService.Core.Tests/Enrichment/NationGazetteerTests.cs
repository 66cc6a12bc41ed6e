namespace SearchService.Core.Tests.Enrichment;

public sealed class NationGazetteerTests
{
    private static IReadOnlyList<string> NationsOf(params string[] paragraphs) => TestArticles.Enrich(paragraphs).Nations;

    [Fact]
    public void JordanFollowedByASurnameIsAPersonNotTheCountry() =>
        Assert.DoesNotContain("Jordan", NationsOf("Jordan Hayes, a local councillor, welcomed the decision."));

    [Fact]
    public void JordanAsACountryIsFound() =>
        Assert.Contains("Jordan", NationsOf("The minister travelled to Jordan to discuss refugee support."));

    [Fact]
    public void LowerCaseTurkeyIsFoodNotTheCountry() =>
        Assert.Empty(NationsOf("Farmers expect turkey prices to rise before Christmas."));

    [Fact]
    public void CapitalisedTurkeyAndTurkishNameTurkey() =>
        Assert.Equal(["Turkey"], NationsOf("Turkey hosted the talks, and Turkish officials attended."));

    [Fact]
    public void GeorgiaWithoutCaucasusContextIsTheUsState() =>
        Assert.DoesNotContain("Georgia", NationsOf("Voters in Georgia went to the polls in Atlanta on Tuesday."));

    [Fact]
    public void GeorgiaBesideRussiaIsTheCountry() =>
        Assert.Contains("Georgia", NationsOf("Georgia accused Russia of moving troops towards Tbilisi."));

    [Fact]
    public void ChadAsAFirstNameIsNotTheCountry() =>
        Assert.Empty(NationsOf("Chad said the team had worked hard all season."));

    [Fact]
    public void ChadAsACountryIsFound() =>
        Assert.Equal(["Chad"], NationsOf("Aid convoys reached eastern Chad on Monday."));

    [Fact]
    public void ACityAloneDoesNotNameItsCountry() =>
        Assert.Empty(NationsOf("Ministers met in Brussels before travelling on to Kyiv."));

    [Fact]
    public void BritishBritainAndUkAreTheUnitedKingdom() =>
        Assert.Equal(["United Kingdom"], NationsOf("British troops, the UK said, will stay; Britain and the U.K. agree."));

    [Fact]
    public void DottedAbbreviationAndAdjectiveAreTheUnitedStates() =>
        Assert.Equal(["United States"], NationsOf("The U.S. envoy met American and US officials."));

    [Fact]
    public void DutchIsTheNetherlands() =>
        Assert.Equal(["Netherlands"], NationsOf("The Dutch government agreed."));

    [Fact]
    public void RepublicOfKoreaIsSouthKorea() =>
        Assert.Equal(["South Korea"], NationsOf("The Republic of Korea and South Korean firms signed."));

    [Fact]
    public void EuroAtlanticAndEuropeanNameNoNation() =>
        Assert.Empty(NationsOf("European allies discussed Euro-Atlantic security and the Indian Ocean."));

    [Fact]
    public void HeadlinesInCapitalsStillNameNations() =>
        Assert.Equal(["Japan", "United States"], new SearchService.Core.Enrichment.NationGazetteer().Recognize(["JAPAN TO CUT U.S. CHIP EXPORTS"]));
}
