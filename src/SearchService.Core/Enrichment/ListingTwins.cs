using SearchService.Core.Analysis;
using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>
/// A listing twin is the same release seen twice: an article and the headline a "Latest News" listing gave it (or two
/// listings of one headline). <see cref="ListingDocuments"/> makes each listing entry a document of its own, so the
/// headline of a release that is also indexed whole competes with it. Their titles seldom agree word for word (the
/// plain-text seed's title is its first sentence, the listing's a sub-editor's headline), so twins are told by the
/// day, the department and the headline's words: one listing is a twin of another document published the same day by
/// the same department (or one without a department) when nearly every word of the headline is in the other's lead,
/// its title, summary and first paragraph.
/// </summary>
public static class ListingTwins
{
    /// <summary>Share of the headline's words the other document's lead must hold.</summary>
    public const double Containment = 0.8;

    public static bool AreTwins(Document a, Document b)
    {
        if (a.Id == b.Id) return true;
        if (a.Kind != DocumentKind.Listing && b.Kind != DocumentKind.Listing) return false;
        if (!SameDay(a.Date, b.Date) || !Compatible(a.Department, b.Department)) return false;
        return a.Kind == DocumentKind.Listing && Contained(a.Title, Lead(b)) || b.Kind == DocumentKind.Listing && Contained(b.Title, Lead(a));
    }

    // Without a day on both there is too little to tell a twin from a later release on the same subject.
    private static bool SameDay(string? a, string? b) =>
        a is { Length: >= 10 } && b is { Length: >= 10 } && string.CompareOrdinal(a, 0, b, 0, 10) == 0;

    private static bool Compatible(string? a, string? b) =>
        string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Lead(Document document) =>
        string.Join('\n', new[] { document.Title, document.Summary ?? "", document.Paragraphs.Count > 0 ? document.Paragraphs[0].Text : "" });

    private static bool Contained(string headline, string lead)
    {
        var words = PressAnalyzer.Stemming.Tokens(headline).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0) return false;
        var found = PressAnalyzer.Stemming.Tokens(lead).ToHashSet(StringComparer.Ordinal);
        return words.Count(found.Contains) >= Containment * words.Count;
    }
}
