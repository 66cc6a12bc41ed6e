namespace SearchService.Core.Tests.Enrichment;

public sealed class ActorRecognizerTests
{
    [Fact]
    public void RoleCueIntroducesAPersonWithoutTitles() =>
        Assert.Equal(["Tony Radakin"], TestArticles.Enrich("Chief of the Defence Staff Admiral Sir Tony Radakin travelled to Kyiv.").Actors);

    [Fact]
    public void UnknownPeopleAreFoundByTheirRoleWithoutAnyGazetteer() =>
        Assert.Equal(["Amara Okonkwo"], TestArticles.Enrich("Trade Minister Amara Okonkwo opened the fair.").Actors);

    [Fact]
    public void SurnameMrAndPostNominalResolveToOneActor()
    {
        var doc = TestArticles.Enrich(
            "Health Secretary Jane Porter visited the hospital.",
            "Jane Porter MP said staff had done well. Later Ms Porter met nurses, and Porter left at noon.");
        Assert.Equal(["Jane Porter"], doc.Actors);
    }

    [Fact]
    public void GazetteerAliasesGoUnderOneCanonicalName() =>
        Assert.Equal(["Volodymyr Zelenskyy", "Keir Starmer"],
            TestArticles.Enrich("Zelensky met Prime Minister Starmer; President Zelenskiy thanked him.").Actors);

    [Fact]
    public void MrWithAnUnknownSurnameIsStillAnActor() =>
        Assert.Equal(["Vaarakallio"], TestArticles.Enrich("Mr Vaarakallio said the talks were useful.").Actors);

    [Fact]
    public void GroupsAndCoalitionsAreNotPeople() =>
        Assert.Empty(TestArticles.Enrich("The Coalition of the Willing and the Defence Contact Group met again.").Actors);
}
