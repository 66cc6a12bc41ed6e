using System.Globalization;

namespace SearchService.Core.Analysis;

/// <summary>
/// Accent folding without ICU (the service runs with invariant globalization, where string.Normalize does not
/// decompose): Latin-1 and Latin Extended-A letters map to their base letter, combining marks are dropped —
/// close to what FTS5's <c>remove_diacritics 2</c> does for the languages of UK government press releases.
/// </summary>
internal static class AccentFolding
{
    private const int First = 0xC0;

    // One base letter per code point from U+00C0 to U+017F; '.' keeps the character (Æ, ß, Œ, ×...).
    private const string Bases = "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiii...jjkk.llllll..llnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz.";

    public static char Fold(char c)
    {
        if (c < First) return char.ToLowerInvariant(c);
        if (c - First < Bases.Length && Bases[c - First] != '.') return Bases[c - First];
        return char.ToLowerInvariant(c);
    }

    public static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
