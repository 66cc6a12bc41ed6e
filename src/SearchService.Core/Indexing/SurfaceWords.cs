using System.Globalization;
using System.Text;

namespace SearchService.Core.Indexing;

/// <summary>
/// Words as people type them, folded the way the FTS5 tokenizer folds them (lower case, accents removed) but
/// not stemmed: the vocabulary "did you mean", fuzzy queries and suggestions offer real words from, where the
/// FTS5 vocabulary would only offer Porter stems ("ceasefir").
/// </summary>
public static class SurfaceWords
{
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!AccentFolding.IsCombiningMark(c)) sb.Append(AccentFolding.Fold(c));
        return sb.ToString();
    }

    /// <summary>The distinct folded words of a text: runs of letters and digits (as unicode61 splits), at least two
    /// characters and not all digits.</summary>
    public static IEnumerable<string> Distinct(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = folded[start..i];
            start = -1;
            if (word.Length >= 2 && word.Length <= 40 && !word.All(char.IsAsciiDigit) && seen.Add(word)) yield return word;
        }
    }

    /// <summary>True when the FTS5 tokenizer finds at least one token in the text (letters, digits or private use).</summary>
    public static bool HasToken(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse)
                return true;
        }
        return false;
    }
}
