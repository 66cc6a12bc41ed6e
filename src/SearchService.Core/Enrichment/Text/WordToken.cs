using System.Globalization;
using System.Runtime.CompilerServices;

namespace SearchService.Core.Enrichment.Text;

/// <summary>A run of letters or digits (or an ampersand) in a text, with where it is.</summary>
/// <remarks>Holds its text and offsets, not a copy: most tokens are only looked up, and a span needs no allocation.</remarks>
internal readonly record struct WordToken(string Source, int Start, int End)
{
    public string Value => Source.Substring(Start, End - Start);

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, End - Start);

    public bool IsCapitalised => char.IsUpper(Source[Start]);
}

/// <summary>
/// Words as the pattern <c>[\p{L}\p{M}\p{Nd}]+|&amp;</c> finds them, by a plain scan: tokenising is done for
/// every text of every document, and the regular expression's match objects and substrings cost more than the scan.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (++i < text.Length && IsWordChar(text[i])) { }
                tokens.Add(new WordToken(text, start, i));
                continue;
            }
            // '&' is a word of its own, never part of a longer one ("R&D" is three).
            if (c == '&') tokens.Add(new WordToken(text, i, i + 1));
            i++;
        }
        return tokens;
    }

    public static string[] Words(string phrase)
    {
        var tokens = Tokenize(phrase);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++) words[i] = tokens[i].Value;
        return words;
    }

    /// <summary>Text in capitals only (wire-service headlines): case tells nothing there.</summary>
    public static bool IsAllCaps(string text)
    {
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper > 0;
    }

    // \p{L}, \p{M} and \p{Nd} are the categories UppercaseLetter (0) to DecimalDigitNumber (8).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) =>
        c < 128
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9
            : (int)CharUnicodeInfo.GetUnicodeCategory(c) <= (int)UnicodeCategory.DecimalDigitNumber;
}
