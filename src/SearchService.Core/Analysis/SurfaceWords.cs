using System.Globalization;
using System.Text;

namespace SearchService.Core.Analysis;

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
    public static IEnumerable<string> Distinct(string text) => Distinct([text]);

    /// <summary>The distinct folded words of several texts, in order of first appearance. Folds as it scans and
    /// allocates a string only for a word not seen before: a build runs this over every document.</summary>
    public static List<string> Distinct(IEnumerable<string> texts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        Span<char> word = stackalloc char[MaxWord + 1];
        foreach (var text in texts)
        {
            var length = 0;
            var digits = true;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (c >= 0x300 && AccentFolding.IsCombiningMark(c)) continue; // Fold drops marks before words split
                var folded = AccentFolding.Fold(c);
                if (char.IsLetterOrDigit(folded))
                {
                    if (length <= MaxWord) word[length] = folded;
                    length++;
                    digits &= char.IsAsciiDigit(folded);
                    continue;
                }
                if (length >= 2 && length <= MaxWord && !digits && !lookup.Contains(word[..length]))
                {
                    var added = new string(word[..length]);
                    seen.Add(added);
                    words.Add(added);
                }
                length = 0;
                digits = true;
            }
        }
        return words;
    }

    private const int MaxWord = 40;

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
