using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Ingestion;

public sealed class FormatReaderTests
{
    private const string GovUkJson = """
        {"base_path":"/government/news/example","title":"Minister opens centre","description":"A new centre opens.",
         "document_type":"press_release","first_published_at":"2013-01-28T00:00:00.000+00:00",
         "links":{"organisations":[{"title":"Home Office"}],"people":[{"title":"The Rt Hon Theresa May MP"}]},
         "details":{"body":"<div class=\"govspeak\"><p>The centre &amp; its staff opened today.</p>\n<p>Home Secretary Theresa May said:</p><p>‘This centre will help thousands of people every single year.’</p></div>"}}
        """;

    private const string ReutersSgm = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="7">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <PLACES><D>usa</D><D>west-germany</D></PLACES>
        <PEOPLE><D>james-baker</D></PEOPLE>
        <TEXT>&#2;
        <TITLE>BAKER SAYS U.S. AND BONN AGREE</TITLE>
        <DATELINE>    WASHINGTON, Feb 26 - </DATELINE><BODY>Treasury Secretary James Baker said the
        United States and West Germany agreed &lt;on rates>.
            Baker told reporters more talks would follow.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        """;

    [Fact]
    public void GovUkContentJsonMetadataBecomesTheDocument()
    {
        var file = new SourceFile("example.json", GovUkJson);
        var reader = DocumentReaders.For(file);
        Assert.IsType<GovUkContentReader>(reader);
        var doc = new DocumentEnricher().Enrich(reader.Read(file).Single());
        Assert.Equal(("Minister opens centre", "2013-01-28", "Home Office", false), (doc.Title, doc.Date, doc.Department, doc.DepartmentInferred));
        Assert.Equal("The centre & its staff opened today.", doc.Paragraphs[0].Text);
        Assert.Equal(["Theresa May"], doc.Actors);
        Assert.Equal("Theresa May", Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void ReutersSgmlArticlesBecomeDocumentsWithParagraphs()
    {
        var file = new SourceFile("reut2-000.sgm", ReutersSgm);
        var reader = DocumentReaders.For(file);
        Assert.IsType<ReutersSgmlReader>(reader);
        var doc = new DocumentEnricher().Enrich(reader.Read(file).Single());
        Assert.Equal(("reuters-7", "1987-02-26", "BAKER SAYS U.S. AND BONN AGREE"), (doc.Id, doc.Date, doc.Title));
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Contains("<on rates>", doc.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(["James Baker"], doc.Actors);
        Assert.Equal(["United States", "West Germany"], doc.Nations);
    }

    [SkippableFact]
    public void EveryGovUkExampleAndReutersFileIsReadable()
    {
        var corpus = Path.Combine(Repository.Shared, "corpus");
        Skip.IfNot(Directory.Exists(corpus), $"the shared corpora folder {corpus} is absent");
        var files = Directory.EnumerateFiles(corpus, "*.json", SearchOption.AllDirectories)
            .Append(Directory.EnumerateFiles(corpus, "*.sgm", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First());
        foreach (var path in files)
        {
            var file = SourceFile.Load(path);
            var reader = DocumentReaders.For(file);
            Assert.True(reader is GovUkContentReader or ReutersSgmlReader, path);
            Assert.NotEmpty(reader!.Read(file));
        }
    }
}
