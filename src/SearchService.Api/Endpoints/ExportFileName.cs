using System.Text;
using SearchService.Core.Analysis;

namespace SearchService.Api.Endpoints;

/// <summary>
/// The download's name, after the query: <c>press-releases-lasting-peace.csv</c>. Letters and digits of any script are
/// kept (lower-cased), every other run becomes one hyphen; <c>filename</c> carries an ASCII form (accents dropped) for
/// old clients and <c>filename*</c> (RFC 6266, RFC 8187) the UTF-8 name, so nothing a user typed reaches the header raw.
/// </summary>
internal static class ExportFileName
{
    private const int MaxSlug = 60;

    public static string ContentDisposition(string query, string extension)
    {
        var slug = Slug(query);
        var ascii = Ascii(slug);
        var name = $"press-releases-{(slug.Length > 0 ? slug : "all")}.{extension}";
        var fallback = $"press-releases-{(ascii.Length > 0 ? ascii : "all")}.{extension}";
        return $"attachment; filename=\"{fallback}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
    }

    public static string Slug(string query)
    {
        var sb = new StringBuilder();
        foreach (var rune in query.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) sb.Append(Rune.ToLowerInvariant(rune).ToString());
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= MaxSlug) break;
        }
        return sb.ToString().Trim('-');
    }

    // é -> e as search folds it (the service runs without ICU, so no Unicode decomposition); a letter with no ASCII
    // base (ß, Greek, CJK) becomes a hyphen like any other separator.
    private static string Ascii(string slug)
    {
        var sb = new StringBuilder();
        foreach (var c in SurfaceWords.Fold(slug))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9')) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
