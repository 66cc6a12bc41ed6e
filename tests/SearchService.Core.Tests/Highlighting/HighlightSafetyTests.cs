using SearchService.Core.Highlighting;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Highlighting;

public sealed class HighlightSafetyTests
{
    [Fact]
    public void MarkupInDocumentsComesBackAsEscapedText()
    {
        using var temp = new TempFolder();
        temp.File("hostile.jsonl",
            """{"id": "hostile", "title": "<script>alert(1)</script> budget", "paragraphs": ["The <img src=x onerror=alert(1)> budget &lt;rose&gt; by \"5%\" & 'more'."]}""");
        using var index = new SeedIndex(temp.Path);
        var hit = Assert.Single(index.Search("budget").Hits);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; <mark>budget</mark>", hit.TitleHighlighted);
        Assert.Equal("The &lt;img src=x onerror=alert(1)&gt; <mark>budget</mark> &amp;lt;rose&amp;gt; by &quot;5%&quot; &amp; &#39;more&#39;.", hit.Snippet);
    }

    [Fact]
    public void LongTextIsCutAroundTheDensestMatchesOnWordBoundaries()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"w{i}").ToList();
        words[150] = MarkHighlighter.Open + "peace" + MarkHighlighter.Close;
        words[155] = MarkHighlighter.Open + "peace" + MarkHighlighter.Close;
        words[20] = MarkHighlighter.Open + "peace" + MarkHighlighter.Close;
        var snippet = SnippetBuilder.Snippet(string.Join(' ', words), 30);
        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Equal(2, snippet.Split("<mark>peace</mark>").Length - 1);
        Assert.Equal(30, snippet.Trim('…', ' ').Split(' ').Length);
    }

    [Fact]
    public void MarkSpanningTheCutIsClosed()
    {
        var text = "a b " + MarkHighlighter.Open + "c d e" + MarkHighlighter.Close + " f g h";
        Assert.Equal("a b <mark>c d e</mark> f g h", SnippetBuilder.Html(text));
        var cut = SnippetBuilder.Snippet(text, 3);
        Assert.Equal(cut.Split("<mark>").Length, cut.Split("</mark>").Length);
    }
}
