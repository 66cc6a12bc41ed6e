using System.Globalization;

namespace SearchService.Core.Enrichment;

/// <summary>The words and punctuation of the text around a reporting verb, as <see cref="SpeakerPhrases"/> reads them.</summary>
internal static partial class SpeakerPhrases
{
    private sealed record Token(int Start, int End, string Value, bool Possessive)
    {
        public bool IsWord => char.IsLetterOrDigit(Value[0]);
    }

    // Words (letters, digits, marks, and ' ’ . - inside them) and the punctuation that splits a phrase: , ; : ( ) — –
    // and a hyphen standing alone between spaces. By hand: a regex here was a tenth of extraction.
    private static List<Token> Tokens(string text, int from, int to)
    {
        var tokens = new List<Token>();
        var depth = 0;
        for (var i = from; i < to;)
        {
            var c = text[i];
            int start = i, end;
            if (IsWordStart(c))
            {
                while (++i < to && (IsWordStart(text[i]) || text[i] is '\'' or '’' or '.' or '-')) { }
                end = i;
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '—' or '–' || c == '-' && i > from && char.IsWhiteSpace(text[i - 1]) && i + 1 < to && char.IsWhiteSpace(text[i + 1]))
                end = ++i;
            else
            {
                i++;
                continue;
            }
            // "Sen. Marco Rubio (R-Fla.)": what is in brackets is an aside, not part of the phrase.
            if (c == '(') depth++;
            if (c == ')') depth = Math.Max(0, depth - 1);
            if (depth > 0 || c == ')') continue;
            var possessive = false;
            if (end - start > 2 && text[end - 2] is '\'' or '’' && text[end - 1] == 's')
            {
                end -= 2;
                possessive = true;
            }
            else if (end - start > 1 && text[end - 1] is '\'' or '’')
            {
                end--;
                possessive = text[end - 1] == 's';
            }
            tokens.Add(new Token(start, end, text[start..end], possessive));
        }
        return tokens;
    }

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
