using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// Reuters-21578 SGML: one file holds about a thousand &lt;REUTERS&gt; articles (ASCII, sometimes Latin-1).
/// Each becomes a document with its DATE as metadata and its TITLE (in capitals, as the wire sent it).
/// </summary>
public sealed class ReutersSgmlReader : IDocumentReader
{
    public string Format => "reuters-sgml";

    public bool CanRead(SourceFile file) => ReutersSgml.LooksLike(file.Head);

    public IEnumerable<Document> Read(SourceFile file)
    {
        var any = false;
        foreach (var article in ReutersSgml.Parse(file.Text))
        {
            var paragraphs = ReutersSgml.Paragraphs(article.Body);
            // An untitled wire item (a headline digest) is titled by its lead sentence; one with neither is not a document.
            var title = !string.IsNullOrWhiteSpace(article.Title) ? article.Title
                : paragraphs.Select(Lead).FirstOrDefault(s => s.Length > 0);
            if (title is null) continue;
            any = true;
            yield return ToDocument(article, title, paragraphs, file.Path);
        }
        if (!any) throw new UnreadableSourceException("no <REUTERS> article with a title or body");
    }

    // A digest's paragraphs start with a section rule (".    HEADLINES AT 0800"), which has no sentence of its own.
    private static string Lead(string paragraph)
    {
        var lead = TextCleanup.LeadSentence(paragraph);
        if (lead.Length > 0) return lead;
        var text = paragraph.TrimStart('.', '-', ' ', '\t');
        return (text.Length <= 120 ? text : text[..120]).Trim();
    }

    internal static Document ToDocument(ReutersArticle article, string title, List<string> paragraphs, string source) => new()
    {
        Id = "reuters-" + article.NewId,
        Title = title,
        Summary = article.Dateline,
        Date = article.Date,
        Source = source,
        Paragraphs = paragraphs.Select((p, i) => new Paragraph(i, p)).ToList(),
    };
}
