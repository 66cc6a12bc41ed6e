using System.Globalization;
using System.Net;
using System.Text;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// Hits as CSV that spreadsheets open as meant: RFC 4180 (comma, CRLF, a field with a comma, quote or line break in
/// double quotes with quotes doubled), UTF-8 with a byte order mark (Excel reads a file without one as the machine's
/// code page), and no formulas: a text cell that starts with <c>= + - @</c> (or their full-width forms), a tab, CR or
/// NUL gets a leading apostrophe, which Excel, LibreOffice and Google Sheets show as text rather than run.
/// </summary>
internal static class CsvHitWriter
{
    public static readonly string[] Columns =
        ["id", "type", "kind", "documentId", "title", "date", "department", "url", "score", "actors", "nations", "paragraph", "speaker", "snippet"];

    public static ReadOnlySpan<byte> Preamble => [0xEF, 0xBB, 0xBF];

    /// <summary>Appends the header row.</summary>
    public static void Header(StringBuilder sb) => Row(sb, Columns);

    /// <summary>Appends one row: the snippet as plain text (marks dropped, entities decoded), lists joined with "; ".</summary>
    public static void Hit(StringBuilder sb, SearchHit hit) => Row(sb,
    [
        hit.Id, hit.Type, hit.Kind, hit.DocumentId, hit.Title, hit.Date, hit.Department, hit.Url,
        hit.Score.ToString("0.####", CultureInfo.InvariantCulture),
        string.Join("; ", hit.Actors), string.Join("; ", hit.Nations),
        hit.Paragraph?.ToString(CultureInfo.InvariantCulture), hit.Speaker, PlainText(hit.Snippet),
    ]);

    /// <summary>The text of a snippet: search answers escaped text plus &lt;mark&gt; and nothing else.</summary>
    public static string PlainText(string snippet) =>
        WebUtility.HtmlDecode(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));

    private static void Row(StringBuilder sb, ReadOnlySpan<string?> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append(',');
            Cell(sb, cells[i] ?? "");
        }
        sb.Append("\r\n");
    }

    private static void Cell(StringBuilder sb, string value)
    {
        var neutralise = value.Length > 0 && IsFormulaStart(value[0]);
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote) sb.Append('"');
        if (neutralise) sb.Append('\'');
        if (quote) sb.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)); else sb.Append(value);
        if (quote) sb.Append('"');
    }

    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' or '＝' or '＋' or '－' or '＠';
}
