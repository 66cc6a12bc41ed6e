using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace SearchService.Core.Ingestion;

/// <summary>One &lt;REUTERS&gt; article of Reuters-21578, with its labels (used as ground truth by the evaluator).</summary>
public sealed record ReutersArticle(
    string NewId, string? Date, string? Title, string? Dateline, string Body,
    IReadOnlyList<string> Places, IReadOnlyList<string> People, IReadOnlyList<string> Organisations);

/// <summary>The Reuters-21578 SGML layout: DATE, PLACES/PEOPLE/ORGS of &lt;D&gt; codes, TEXT with TITLE, DATELINE, BODY.</summary>
public static partial class ReutersSgml
{
    public static bool LooksLike(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 4096)).Contains("<REUTERS", StringComparison.Ordinal);

    public static IEnumerable<ReutersArticle> Parse(string text)
    {
        foreach (Match m in Article().Matches(text))
        {
            var inner = m.Groups["inner"].Value;
            var textPart = Element(inner, "TEXT");
            var body = Element(textPart ?? "", "BODY");
            if (body is null && textPart is not null)
                body = Tag().Replace(TitleOrDateline().Replace(textPart, " "), " ");
            yield return new ReutersArticle(
                Id().Match(m.Groups["attrs"].Value).Groups[1].Value,
                ParseDate(Element(inner, "DATE")),
                Clean(Element(textPart ?? "", "TITLE")),
                Clean(Element(textPart ?? "", "DATELINE")),
                Decode(body ?? ""),
                Codes(inner, "PLACES"), Codes(inner, "PEOPLE"), Codes(inner, "ORGS"));
        }
    }

    /// <summary>Body paragraphs: a new paragraph starts on a line indented by spaces; other line breaks are wrapping.</summary>
    public static List<string> Paragraphs(string body)
    {
        var withoutSignOff = SignOff().Replace(body, "");
        return ParagraphBreak().Split(withoutSignOff).Select(TextCleanup.Squash).Where(p => p.Length > 0).ToList();
    }

    private static string? Element(string text, string name)
    {
        var start = text.IndexOf("<" + name, StringComparison.Ordinal);
        if (start < 0) return null;
        var open = text.IndexOf('>', start);
        var close = text.IndexOf("</" + name + ">", open + 1, StringComparison.Ordinal);
        return open < 0 || close < 0 ? null : text[(open + 1)..close];
    }

    private static string? Clean(string? raw) => raw is null ? null : TextCleanup.Squash(Decode(raw)).TrimEnd('-', ' ') is { Length: > 0 } s ? s : null;

    // Entities: &lt; &amp; and control characters written as &#3; (end of text) and the like.
    private static string Decode(string raw) => WebUtility.HtmlDecode(ControlEntity().Replace(raw, ""));

    private static List<string> Codes(string inner, string name) =>
        Element(inner, name) is { } list ? Code().Matches(list).Select(c => c.Groups[1].Value.Trim()).ToList() : [];

    private static string? ParseDate(string? raw)
    {
        if (raw is null) return null;
        var m = DateParts().Match(raw);
        return m.Success && DateTime.TryParseExact(m.Value, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"<REUTERS(?<attrs>[^>]*)>(?<inner>.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex(@"NEWID=""(\d+)""")]
    private static partial Regex Id();

    [GeneratedRegex(@"<D>(.*?)</D>", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"\d{1,2}-[A-Za-z]{3}-\d{4}")]
    private static partial Regex DateParts();

    [GeneratedRegex(@"&#(?:[0-9]|[12][0-9]|3[01]|127);")]
    private static partial Regex ControlEntity();

    [GeneratedRegex(@"<(?:TITLE|DATELINE|AUTHOR)>.*?</(?:TITLE|DATELINE|AUTHOR)>", RegexOptions.Singleline)]
    private static partial Regex TitleOrDateline();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\n[ \t]{2,}")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s*\b(?:Reuter|REUTER)\s*$")]
    private static partial Regex SignOff();
}
