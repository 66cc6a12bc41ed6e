using System.Text;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// Splits query text into tokens, Lucene-style: <c>\</c> escapes any character; <c>AND</c>, <c>OR</c>, <c>NOT</c>
/// are operators only in capitals; a known field name followed by <c>:</c> starts a field clause; <c>-</c> and
/// <c>+</c> are operators only at the start of a token. Control characters count as spaces.
/// </summary>
public static class QueryLexer
{
    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            if (i >= text.Length) break;
            var c = text[i];
            switch (c)
            {
                case '(': tokens.Add(new(TokenKind.LParen, "(", i++)); continue;
                case ')': tokens.Add(new(TokenKind.RParen, ")", i++)); continue;
                case '[': tokens.Add(new(TokenKind.LBracket, "[", i++)); continue;
                case ']': tokens.Add(new(TokenKind.RBracket, "]", i++)); continue;
                case '"': tokens.Add(Quoted(text, ref i)); continue;
                case '-' or '+' when i + 1 < text.Length && !IsSpace(text[i + 1]):
                    tokens.Add(new(c == '-' ? TokenKind.Minus : TokenKind.Plus, c.ToString(), i++));
                    continue;
            }
            tokens.Add(Word(text, ref i));
        }
        tokens.Add(new(TokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>Characters that end a word unless escaped.</summary>
    public static bool IsBreak(char c) => IsSpace(c) || c is '(' or ')' or '"' or '[' or ']';

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsControl(c);

    private static QueryToken Quoted(string text, ref int i)
    {
        var start = i++;
        var sb = new StringBuilder();
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\')
            {
                if (i + 1 >= text.Length) throw new QuerySyntaxException("unclosed quotation mark", start);
                i++;
            }
            sb.Append(text[i++]);
        }
        if (i >= text.Length) throw new QuerySyntaxException("unclosed quotation mark", start);
        i++;
        return new(TokenKind.Quoted, sb.ToString(), start);
    }

    private static QueryToken Word(string text, ref int i)
    {
        var start = i;
        var sb = new StringBuilder();
        var escaped = false;
        var suffix = WordSuffix.None;
        var edits = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length) throw new QuerySyntaxException("escape character \\ with nothing after it", i);
                sb.Append(text[i + 1]);
                escaped = true;
                i += 2;
                continue;
            }
            if (IsBreak(c)) break;
            if (c == ':' && !escaped && QueryFields.TryParse(sb.ToString(), out _))
            {
                i++;
                return new(TokenKind.Field, sb.ToString().ToLowerInvariant(), start);
            }
            if (c == '*' && EndsAt(text, i + 1))
            {
                suffix = WordSuffix.Prefix;
                i++;
                break;
            }
            if (c == '~' && TryFuzzy(text, i, out var end, out edits))
            {
                suffix = WordSuffix.Fuzzy;
                i = end;
                break;
            }
            sb.Append(c);
            i++;
        }
        var word = sb.ToString();
        // A lone * is kept: it is an open end in date ranges; elsewhere the parser rejects it.
        if (suffix == WordSuffix.Fuzzy && word.Length == 0) throw new QuerySyntaxException("~ needs a word before it", start);
        if (!escaped && suffix == WordSuffix.None)
        {
            switch (word)
            {
                case "AND": return new(TokenKind.And, word, start);
                case "OR": return new(TokenKind.Or, word, start);
                case "NOT": return new(TokenKind.Not, word, start);
            }
        }
        return new(TokenKind.Word, word, start, suffix, edits, escaped);
    }

    private static bool EndsAt(string text, int i) => i >= text.Length || IsBreak(text[i]);

    // "~" or "~N" at the end of a word; N is the maximum edit distance (0-2, default 2 as in Lucene).
    private static bool TryFuzzy(string text, int tilde, out int end, out int edits)
    {
        end = tilde + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        edits = 2;
        if (!EndsAt(text, end)) return false;
        var digits = text.AsSpan(tilde + 1, end - tilde - 1);
        if (digits.Length == 0) return true;
        if (digits.Length > 1 || digits[0] > '2')
            throw new QuerySyntaxException("fuzzy edit distance must be 0, 1 or 2", tilde + 1);
        edits = digits[0] - '0';
        return true;
    }
}
