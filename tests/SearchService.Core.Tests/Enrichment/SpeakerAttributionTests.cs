namespace SearchService.Core.Tests.Enrichment;

/// <summary>
/// Who said it, one test per class of error issue 12 found on news nobody here wrote. The sentences are written
/// for these tests; the people in them are made up unless the gazetteer knows them (Keir Starmer, Yvette Cooper).
/// </summary>
public sealed class SpeakerAttributionTests
{
    private static string? Speaker(params string[] paragraphs) => Assert.Single(TestArticles.Enrich(paragraphs).Quotes).Speaker;

    // Unknown people, recognised from the evidence around the quotation.

    [Fact]
    public void UnknownSurnameAsSubjectOfAReportingVerbIsThePerson() =>
        Assert.Equal("Okonjo", Speaker("\"We will not let the mill close without a fight,\" Okonjo said."));

    [Fact]
    public void UnknownSurnameTakesTheFirstNameTheArticleGaveEarlier()
    {
        var doc = TestArticles.Enrich(
            "Councillor candidates met voters on Saturday, among them Marian Okonjo of Riverside ward.",
            "\"We will not let the mill close without a fight,\" Okonjo said.");
        Assert.Equal("Marian Okonjo", Assert.Single(doc.Quotes).Speaker);
        Assert.Contains("Marian Okonjo", doc.Actors);
    }

    [Fact]
    public void SpeakerNamedAfterTheVerbWithATitleAndAnAppositive() =>
        Assert.Equal("Dana Whitlock", Speaker("\"The figures do not add up,\" said Sen. Dana Whitlock, R-Ohio, who chairs the budget panel."));

    [Fact]
    public void AppositiveBetweenNameAndVerbIsSkipped() =>
        Assert.Equal("Ruth Abernathy", Speaker("\"The schools need the money this year, not next,\" Ruth Abernathy, a spokeswoman for the teachers' union, said."));

    [Fact]
    public void PresentTenseAndVerbFirstAttributionsCount()
    {
        Assert.Equal("Okafor", Speaker("\"Prices will keep rising until spring,\" Okafor says."));
        Assert.Equal("Hal Brennan", Speaker("Said Hal Brennan: \"Nobody in this town was asked what they wanted.\""));
    }

    // A known actor is not given for the unknown person who spoke.

    [Fact]
    public void KnownActorNamedEarlierIsNotGivenForAnUnknownSpeaker() =>
        Assert.Equal("Ifeoma Castellanos", Speaker(
            "Prime Minister Keir Starmer visited the plant on Monday.",
            "\"He listened, but listening is not a contract,\" Ifeoma Castellanos said."));

    [Fact]
    public void ObjectOfTheVerbIsNotTheSpeaker() =>
        Assert.Equal("Keir Starmer", Speaker(
            "Prime Minister Keir Starmer met Ifeoma Castellanos at the plant.",
            "Starmer told Castellanos that the pledge was \"a promise this government will keep to the letter\"."));

    // A name inside the description of the speaker is not the speaker.

    [Fact]
    public void NameInsideAnAppositiveIsNotTheSpeaker() =>
        Assert.Equal("Priya Nandakumar", Speaker(
            "Prime Minister Keir Starmer spoke in Leeds.",
            "\"The campaign has never been in better shape,\" said Priya Nandakumar, a spokeswoman for the Starmer campaign."));

    [Fact]
    public void NameModifyingARoleBeforeTheSpeakerIsNotTheSpeaker() =>
        Assert.Equal("Jonah Pickering", Speaker(
            "Prime Minister Keir Starmer spoke in Leeds.",
            "Starmer adviser Jonah Pickering said: \"We expect a close result in the north.\""));

    [Fact]
    public void SpokesmanForSomeoneIsNotThatSomeone() =>
        Assert.Null(Speaker(
            "Prime Minister Keir Starmer spoke in Leeds.",
            "\"The Prime Minister has full confidence in the plan,\" a spokesman for Starmer said."));

    // Names as written: glued words, titles, places and organisations.

    [Fact]
    public void SentenceInitialRoleIsNotPartOfTheName() =>
        Assert.Equal("Maria Zakharova", Speaker("Spokeswoman Maria Zakharova said: \"Moscow will respond in kind to any new sanctions.\""));

    [Fact]
    public void CapitalisedRoleBeforeTheNameIsDropped() =>
        Assert.Equal("Sidney Blakemore", Speaker("\"It was a private exchange and should have stayed one,\" Adviser Sidney Blakemore wrote."));

    [Fact]
    public void ConjunctionGluedToASurnameIsDropped() =>
        Assert.Equal("Mendoza", Speaker("The crowd thinned after the speech. While Mendoza said \"the fight for these jobs goes on\", few stayed to listen."));

    [Fact]
    public void OrganisationsAndPlacesAreNotSpeakers()
    {
        Assert.Null(Speaker("\"The pipeline threatens three rivers and a national park,\" the Sierra Club said."));
        Assert.Null(Speaker("\"We expect the inspection to take several weeks,\" a spokesman for the Department for Transport said."));
    }

    // Roles and ranks.

    [Fact]
    public void BareRoleIsThePersonItWasGivenTo() =>
        Assert.Equal("Yvette Cooper", Speaker(
            "Home Secretary Yvette Cooper visited the border force at Dover.",
            "The Home Secretary said: \"Those who profit from smuggling people will be caught.\""));

    [Fact]
    public void RankBeforeANameThatIsAlsoACountryOrAWordStillGivesThePerson()
    {
        Assert.Equal("Chad Morris", Speaker("Lieutenant Chad Morris said: \"The crew did everything we asked of them and more.\""));
        Assert.Equal("Georgia Lewis", Speaker("\"We reached the vessel within the hour,\" said Captain Georgia Lewis."));
    }

    // Pronouns and the shape of the sentence.

    [Fact]
    public void PronounSkipsNamesInsideQuotationsAndTheWrongSex() =>
        Assert.Equal("Helen Ashworth", TestArticles.Enrich(
            "Helen Ashworth attacked the council's record on Tuesday, calling it \"a decade of excuses from Robert Finch\".",
            "\"Nobody believes the promises any more,\" she said.").Quotes[^1].Speaker);

    [Fact]
    public void ParticipleTakesTheSubjectOfItsClause() =>
        Assert.Equal("Helen Ashworth", Speaker("Helen Ashworth attacked Robert Finch on Tuesday, saying \"the council has wasted ten years on excuses\"."));

    [Fact]
    public void SubjectOfAPassiveVerbOfSayingIsNotTheSpeaker() =>
        Assert.Null(Speaker("Robert Finch was asked, \"Will you stand again at the next election?\""));

    [Fact]
    public void SignedQuotationGivesItsSigner() =>
        Assert.Equal("Lorna Whitcombe", Speaker("\"The buses stopped coming and nobody told us why.\" ― Lorna Whitcombe"));

    [Fact]
    public void SpeakerIntroducedInTheParagraphAboveWithAStatement() =>
        Assert.Equal("Dana Whitlock", Assert.Single(TestArticles.Enrich(
            "Senator Dana Whitlock released the following statement:",
            "\"Today's vote is a victory for every family that wrote to us.\"").Quotes).Speaker);
}
