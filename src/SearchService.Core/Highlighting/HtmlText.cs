using System.Text;

namespace SearchService.Core.Highlighting;

/// <summary>HTML-escapes text for element content and attributes; leaves every other character as it is (é stays é).</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text) Append(sb, c);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '&': sb.Append("&amp;"); break;
            case '<': sb.Append("&lt;"); break;
            case '>': sb.Append("&gt;"); break;
            case '"': sb.Append("&quot;"); break;
            case '\'': sb.Append("&#39;"); break;
            default:
                // Control characters (other than tab/newline) have no place in a snippet.
                if (!char.IsControl(c) || c is '\t' or '\n') sb.Append(c);
                break;
        }
    }
}
