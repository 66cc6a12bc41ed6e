using SearchService.Core.Analysis;

namespace SearchService.Core.Quotations;

/// <summary>
/// The words of a quotation as two copies of it are compared: lower case, accents removed, every mark that is not part
/// of a word (quotation marks of any style, dashes, commas, full stops, brackets) a separator, apostrophes inside a word
/// dropped (“don’t” = “don't” = “dont”), digit groups joined (“5,000” = “5000”). No stemming and no stop words: the
/// question is whether the same words were said.
/// </summary>
public static class QuoteWords
{
    private const int MaxWord = 40;

    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Span<char> word = stackalloc char[MaxWord];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c >= 0x300 && AccentFolding.IsCombiningMark(c)) continue;
            var folded = AccentFolding.Fold(c);
            if (char.IsLetterOrDigit(folded))
            {
                if (length < MaxWord) word[length++] = folded;
                continue;
            }
            if (length > 0 && i + 1 < text.Length && Joins(c, word[length - 1], AccentFolding.Fold(text[i + 1]))) continue;
            if (length > 0) words.Add(new string(word[..length]));
            length = 0;
        }
        return words;
    }

    // An apostrophe between letters, or a thousands/decimal mark between digits, is inside a word.
    private static bool Joins(char mark, char before, char after) => mark switch
    {
        '\'' or '\u2019' or '\u2018' or '\u02BC' => char.IsLetter(before) && char.IsLetter(after),
        ',' or '.' => char.IsAsciiDigit(before) && char.IsAsciiDigit(after),
        _ => false,
    };
}
