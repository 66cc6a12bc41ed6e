using System.Net;
using System.Text.RegularExpressions;

namespace SearchService.Core.Ingestion;

/// <summary>Paragraphs of an HTML fragment: one per block element (p, li, headings, blockquote...), tags stripped, entities decoded.</summary>
internal static partial class HtmlParagraphs
{
    public static List<string> Paragraphs(string html)
    {
        var withoutScripts = ScriptOrStyle().Replace(html, " ");
        return BlockBoundary().Split(withoutScripts)
            .Select(block => TextCleanup.Squash(WebUtility.HtmlDecode(Tag().Replace(block, " "))))
            .Where(text => text.Length > 0)
            .ToList();
    }

    [GeneratedRegex(@"<(?:script|style)\b[^>]*>.*?</(?:script|style)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?(?:p|li|ul|ol|h[1-6]|blockquote|div|tr|td|th|table|br|hr|figure|figcaption|section|article|header|footer|dd|dt)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
