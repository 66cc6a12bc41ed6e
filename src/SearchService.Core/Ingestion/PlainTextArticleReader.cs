using System.Text.RegularExpressions;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// A news article as plain text: no header, paragraphs separated by blank lines (or one per line when the
/// file has no blank lines). The title is the lead sentence until enrichment finds a better one; a photo
/// credit in brackets at the very end (<c>[NATO]</c>) is not part of the text.
/// </summary>
public sealed partial class PlainTextArticleReader : IDocumentReader
{
    public string Format => "plain-text";

    public bool CanRead(SourceFile file) =>
        file.FirstLine.Length > 0 && !file.FirstLine.StartsWith('<') && !file.FirstLine.StartsWith('{');

    public IEnumerable<Document> Read(SourceFile file)
    {
        var text = file.Text.Replace("\r\n", "\n");
        var blocks = BlankLine().IsMatch(text) ? BlankLine().Split(text) : text.Split('\n');
        var paragraphs = blocks.Select(TextCleanup.Squash).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count == 0) throw new UnreadableSourceException("no text");
        // The credit names who supplied the photo ("[NATO]"): not text, but an organisation the article involves.
        var credit = TrailingCredit().Match(paragraphs[^1]);
        paragraphs[^1] = TrailingCredit().Replace(paragraphs[^1], "").TrimEnd();

        yield return new Document
        {
            Id = DocumentIds.FromFileName(file.Stem),
            Title = TextCleanup.LeadSentence(paragraphs[0]),
            Source = file.Path,
            Paragraphs = paragraphs.Select((p, i) => new Paragraph(i, p)).ToList(),
            Organisations = credit.Success ? [credit.Groups["credit"].Value.Trim()] : [],
        };
    }

    [GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s*\[(?<credit>[^\[\]]{1,40})\]$")]
    private static partial Regex TrailingCredit();
}
