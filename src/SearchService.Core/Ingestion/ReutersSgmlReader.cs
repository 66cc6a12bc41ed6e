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
            var title = article.Title ?? (paragraphs.Count > 0 ? TextCleanup.LeadSentence(paragraphs[0]) : null);
            if (title is null) continue;
            any = true;
            yield return ToDocument(article, title, paragraphs, file.Path);
        }
        if (!any) throw new UnreadableSourceException("no <REUTERS> article with a title or body");
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
