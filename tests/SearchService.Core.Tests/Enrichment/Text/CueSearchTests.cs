using System.Text.RegularExpressions;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Enrichment.Text;

/// <summary>
/// The cue patterns tried only near their anchors find exactly what a full scan of the pattern finds: the same
/// matches, in the same order, with the same groups.
/// </summary>
public sealed class CueSearchTests
{
    private static readonly (string Name, Regex Full, Func<TextBlock, IEnumerable<Match>> Anchored)[] Cues =
    [
        ("RoleThenName", PersonCues.RoleThenName(), b => new PersonCueSearch(b).RoleThenName()),
        ("NameThenPostNominal", PersonCues.NameThenPostNominal(), b => new PersonCueSearch(b).NameThenPostNominal()),
        ("NameThenRole", PersonCues.NameThenRole(), b => new PersonCueSearch(b).NameThenRole()),
        ("NameThenAppositive", PersonCues.NameThenAppositive(), b => new PersonCueSearch(b).NameThenAppositive()),
        ("RoleThenCommaName", PersonCues.RoleThenCommaName(), b => new PersonCueSearch(b).RoleThenCommaName()),
        ("FullNameThenVerb", PersonCues.FullNameThenVerb(), b => new PersonCueSearch(b).FullNameThenVerb()),
        ("HeadNounName", OrganisationGazetteer.HeadNounName(), OrganisationGazetteer.HeadNounNames),
    ];

    [Theory]
    [InlineData("(Defence Secretary John Healey) and 2President Joe Smith met Vice-President Kamala Harris.")]
    [InlineData("U.S. Trade Representative Clayton Yeutter and Business and Trade Secretary Jonathan Reynolds spoke.")]
    [InlineData("Tom Bradshaw, president of the National Farmers' Union, said; the UK's ambassador to Turkey, Jill Morris, said")]
    [InlineData("Paul Gundersen, the Met Office's chief meteorologist, and Jordan Hayes, an economist at the IFS, said")]
    [InlineData("Healey, the Defence Secretary, and Peskov, a Kremlin spokesman2, and John Healey MP, Jeremy Corbyn,\tMP")]
    [InlineData("his Saudi counterpart, Prince Faisal bin Farhan, said; Jorio W. Dauster told Reuters; Ms. Baerbock added")]
    [InlineData("Kremlin spo\u212Aesman, Dmitry Peskov, said; Dmitry Peskov, Kremlin spo\u212Aesman, said")]
    [InlineData("The Joint Committee on Vaccination and Immunisation and the Office for Budget Responsibility and UK Defence Contact Group")]
    [InlineData("Secretary\u00a0General António Guterres said\u2003and Chief of the Defence Staff Admiral Sir Tony Radakin, MP said")]
    // The longest a name can be (four words, three initials, six particles) and the longest appositive.
    [InlineData("Anna B. van der Cole C. de la Dunn D. bin al Evans MP and Anna B. van der Cole C. de la Dunn D. bin al Evans, the Defence Secretary")]
    [InlineData("Anna B. van der Cole C. de la Dunn D. bin al Evans, the Met Office Weather Centre's new senior lead meteorologist, said")]
    [InlineData("Jorio W. Dauster X. Smith said and the director general of the Royal for Society for Arts and Crafts and Science, Ann Bell, said")]
    [InlineData("On Monday Alpha and Beta Secretary and Prime Minister John Smith met The Alpha of the Beta of the Gamma of the Delta of the Group.")]
    public void FindsWhatTheFullScanFinds(string text) => AssertSame(text);

    [Fact]
    public void FindsWhatTheFullScanFindsInRandomTexts()
    {
        string[] pieces =
        [
            "John", "Healey", "Sir", "Mr", "Mr.", "Dr", "Ms", "Secretary", "secretary", "Minister", "minister", "Prime", "President",
            "Vice-President", "chief", "Chief", "executive", "of", "the", "The", "a", "an", "and", "&", "for", "at", "Defence",
            "UK", "U.S.", "W.", "van", "der", "de", "O'Brien", "Jean-Yves", "Sébastien", "said", "says", "told", "added", "MP",
            "MEP", "KC", "spokesman", "Spokesman", "economist", "counterpart", "director-general", "co-founder", "Office's",
            "Group", "Council", "Committee", "Office", "Forces", "Union", "on", "Met", "Kremlin", "He", "Lifeng", "2", "x9",
            "Head", "HEAD", "mp", "dean", "Vice", "Air", "Chief", "Marshal", "Staff", "Col.", "Gen.", "Prof", "Rt", "Hon",
        ];
        string[] gaps = [" ", " ", " ", ", ", ". ", "  ", "\n", "\t", "-", "(", ") ", "; ", ",", "’s ", "\u00a0"];
        var random = new Random(20250411);
        for (var n = 0; n < 3000; n++)
        {
            var parts = new List<string>();
            var length = random.Next(1, 40);
            for (var i = 0; i < length; i++)
            {
                parts.Add(pieces[random.Next(pieces.Length)]);
                parts.Add(gaps[random.Next(gaps.Length)]);
            }
            AssertSame(string.Concat(parts));
        }
    }

    [Fact]
    public void FindsWhatTheFullScanFindsInTheSeedsAndTestArticles()
    {
        var files = Directory.GetFiles(Repository.Seeds).Concat(Directory.GetFiles(Path.Combine(Repository.TestData, "unseen"), "*.txt"));
        foreach (var document in new SourceScanner().Read(files))
            foreach (var text in document.Paragraphs.Select(p => p.Text).Prepend(document.Title))
                AssertSame(text);
    }

    [SkippableFact]
    public void FindsWhatTheFullScanFindsInTheSharedCorpora()
    {
        var corpus = Path.Combine(Repository.Shared, "corpus");
        Skip.IfNot(Directory.Exists(corpus), "no shared corpus beside the repository");
        string[] sources = [Path.Combine(corpus, "govuk-publishing-api-examples"), Path.Combine(corpus, "reuters21578", "sgm-data", "reut2-000.sgm")];
        foreach (var document in new SourceScanner().Read(sources.Where(Path.Exists)))
            foreach (var text in document.Paragraphs.Select(p => p.Text).Prepend(document.Title))
                AssertSame(text);
    }

    private static void AssertSame(string text)
    {
        var block = new TextBlock(0, text);
        foreach (var (name, full, anchored) in Cues)
        {
            var expected = full.Matches(text).Select(Describe).ToList();
            var actual = anchored(block).Select(Describe).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{name} on \"{text}\":\n  scan:     {string.Join(" | ", expected)}\n  anchored: {string.Join(" | ", actual)}");
        }
    }

    private static string Describe(Match m) =>
        string.Join(";", m.Groups.Cast<Group>().Select(g => $"{g.Name}@{g.Index}+{g.Length}={g.Value}"));
}
