using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Highlighting;

/// <summary>The reading view's text: every paragraph of a document marked for a query, by the snippets' rules.</summary>
public sealed class DocumentMarkerTests
{
    [Fact]
    public void EveryParagraphIsMarkedWholeWithPhrasesAsOneMarkAndMarkupEscaped()
    {
        using var temp = new TempFolder();
        temp.File("marker.jsonl",
            """{"id": "marker", "title": "Ceasefire talks <b>resume</b>", "summary": "Talks on a ceasefire.", "paragraphs": ["First: the ceasefire holds & <script>x</script>.", "Second paragraph has no match.", "Third: a lasting ceasefire, said the minister; a ceasefire line."]}""");
        using var index = new SeedIndex(temp.Path);
        var document = index.Index.GetDocument("marker")!;

        var marked = DocumentMarker.Mark(index.Index, document, "ceasefire");
        Assert.Equal("<mark>Ceasefire</mark> talks &lt;b&gt;resume&lt;/b&gt;", marked.Title);
        Assert.Equal("Talks on a <mark>ceasefire</mark>.", marked.Summary);
        Assert.Equal([0, 1, 2], marked.Paragraphs.Select(p => p.Index));
        Assert.Equal("First: the <mark>ceasefire</mark> holds &amp; &lt;script&gt;x&lt;/script&gt;.", marked.Paragraphs[0].Html);
        Assert.Equal("Second paragraph has no match.", marked.Paragraphs[1].Html);
        // Never cut to a snippet's window: both matches of the last paragraph, and all of its words.
        Assert.Equal("Third: a lasting <mark>ceasefire</mark>, said the minister; a <mark>ceasefire</mark> line.", marked.Paragraphs[2].Html);

        var phrase = DocumentMarker.Mark(index.Index, document, "\"lasting ceasefire\"");
        Assert.Equal("Third: a <mark>lasting ceasefire</mark>, said the minister; a ceasefire line.", phrase.Paragraphs[2].Html);
    }

    [Fact]
    public void AFieldedTermMarksOnlyItsFieldAndANegatedOneNowhere()
    {
        using var index = new SeedIndex();
        var document = index.Index.GetDocument("coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting")!;
        // "Coalition" is in the title and the text alike, "Ukraine" in the text only.
        Assert.Contains(document.Paragraphs, p => p.Text.Contains("Coalition", StringComparison.Ordinal));

        var inTitle = DocumentMarker.Mark(index.Index, document, "title:coalition");
        Assert.StartsWith("<mark>Coalition</mark>", inTitle.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(inTitle.Paragraphs, p => p.Html.Contains("<mark>", StringComparison.Ordinal));

        var negated = DocumentMarker.Mark(index.Index, document, "peace -ukraine");
        Assert.Contains(negated.Paragraphs, p => p.Html.Contains("<mark>peace</mark>", StringComparison.Ordinal));
        Assert.DoesNotContain(negated.Paragraphs, p => p.Html.Contains("<mark>Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuerySearchWouldRefuseIsRefusedHereToo()
    {
        using var index = new SeedIndex();
        var document = index.Index.GetDocument("coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting")!;
        Assert.Throws<QuerySyntaxException>(() => DocumentMarker.Mark(index.Index, document, "\"unclosed phrase"));
    }
}
