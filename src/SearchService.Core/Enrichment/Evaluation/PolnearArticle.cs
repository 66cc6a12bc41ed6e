using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>A direct quotation as annotated: its content (all parts), where it lies, and its source's text.</summary>
internal sealed record GoldQuote(IReadOnlyList<(int Start, int End)> Parts, string Content, string? Source)
{
    public bool Overlaps(int start, int end) => Parts.Any(p => p.Start < end && start < p.End);
}

/// <summary>
/// One PolNeAR article: its text, its paragraphs' places in the text (split at blank lines, as the plain-text
/// reader splits them), every attribution's content, and the direct quotations among them (content that begins
/// with a quotation mark, as the corpus's SOURCE.md counts them).
/// </summary>
internal sealed partial class PolnearArticle
{
    private static readonly char[] QuotationMarks = ['"', '“', '”', '‘', '\''];

    private PolnearArticle(string text, List<AttributionRelation> relations)
    {
        Text = text;
        Paragraphs = ParagraphRanges(text);
        foreach (var relation in relations)
        {
            var parts = relation.Content.Parts.Concat(relation.SecondContent?.Parts ?? []).OrderBy(p => p.Start).ToList();
            var quote = new GoldQuote(parts, string.Join(' ', parts.Select(p => text[p.Start..p.End])), relation.Source?.TextIn(text));
            Contents.Add(quote);
            if (quote.Content.TrimStart().IndexOfAny(QuotationMarks) == 0) DirectQuotes.Add(quote);
        }
    }

    public string Text { get; }

    public List<(int Start, int End)> Paragraphs { get; }

    public List<GoldQuote> Contents { get; } = [];

    public List<GoldQuote> DirectQuotes { get; } = [];

    /// <summary>Reads an article and the first of its annotation files by name (the lowest annotator id).</summary>
    public static PolnearArticle Load(string textPath, string annotationPath)
    {
        var text = File.ReadAllText(textPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new PolnearArticle(text, BratStandoff.Read(File.ReadAllText(annotationPath), text));
    }

    // PlainTextArticleReader's split: blank lines separate paragraphs; blank-only pieces are not paragraphs.
    private static List<(int, int)> ParagraphRanges(string text)
    {
        var ranges = new List<(int, int)>();
        var start = 0;
        foreach (Match gap in BlankLine().Matches(text))
        {
            if (!string.IsNullOrWhiteSpace(text[start..gap.Index])) ranges.Add((start, gap.Index));
            start = gap.Index + gap.Length;
        }
        if (!string.IsNullOrWhiteSpace(text[start..])) ranges.Add((start, text.Length));
        return ranges;
    }

    [GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial Regex BlankLine();
}
