using System.Security.Cryptography;
using System.Text;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>Stable document ids: from the URL where there is one, else from the file name (the contract's rule).</summary>
public static class DocumentIds
{
    public static string FromUrl(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var slug = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? url;
        return Sanitize(slug);
    }

    public static string FromFileName(string stem) => Sanitize(stem);

    /// <summary>A listing entry has neither URL nor file of its own: hash what identifies it.</summary>
    public static string ForListingEntry(string title, string? published)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + published));
        return "listing-" + Convert.ToHexStringLower(hash)[..16];
    }

    public static string Sanitize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? char.ToLowerInvariant(c) : '-');
        var id = sb.ToString().Trim('-', '.');
        // Ids are at most DocumentIdRules.MaxLength characters; a longer slug keeps its start.
        if (id.Length > DocumentIdRules.MaxLength) id = id[..DocumentIdRules.MaxLength].TrimEnd('-', '.');
        return id.Length == 0 ? "doc" : id;
    }
}
