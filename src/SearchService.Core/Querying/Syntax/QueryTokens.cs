using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// The query's tokens as the classic query parser's own token manager reads them, read once before parsing: to
/// enforce the clause and nesting limits before the parser's recursive descent runs (64 deep, 1,024 clauses: a
/// query of 10,000 "(" must not cost the stack), and to name errors by position (the parser's exceptions carry the
/// offending token, these tokens say what surrounds it).
/// </summary>
public sealed partial class QueryTokens
{
    public const int MaxClauses = 1024;
    public const int MaxDepth = 64;

    private QueryTokens(List<Token> tokens) => All = tokens;

    /// <summary>Every token in order, ending with EOF. Positions (<see cref="Token.BeginColumn"/>) are 0-based character offsets.</summary>
    public IReadOnlyList<Token> All { get; }

    public static QueryTokens Read(string text)
    {
        var manager = new QueryParserTokenManager(new FastCharStream(new StringReader(text)));
        var tokens = new List<Token>();
        try
        {
            while (true)
            {
                var token = manager.GetNextToken();
                tokens.Add(token);
                if (token.Kind == RegexpToken.EOF) break;
            }
        }
        catch (TokenMgrError e)
        {
            throw LexicalError(e, text);
        }
        var read = new QueryTokens(tokens);
        read.CheckLimits();
        return read;
    }

    /// <summary>The index of the token starting at <paramref name="position"/>, or −1.</summary>
    public int IndexAt(int position)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i].BeginColumn == position) return i;
        return -1;
    }

    public static bool IsValue(int kind) => kind is RegexpToken.TERM or RegexpToken.QUOTED or RegexpToken.PREFIXTERM or RegexpToken.WILDTERM
        or RegexpToken.REGEXPTERM or RegexpToken.NUMBER or RegexpToken.STAR or RegexpToken.BAREOPER;

    private void CheckLimits()
    {
        int depth = 0, clauses = 0;
        foreach (var token in All)
        {
            if (token.Kind == RegexpToken.LPAREN && ++depth > MaxDepth)
                throw new QuerySyntaxException($"parentheses nested more than {MaxDepth} deep", token.BeginColumn);
            if (token.Kind == RegexpToken.RPAREN) depth--;
            if ((IsValue(token.Kind) || token.Kind is RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START) && ++clauses > MaxClauses)
                throw new QuerySyntaxException($"more than {MaxClauses} clauses", token.BeginColumn);
        }
    }

    private static QuerySyntaxException LexicalError(TokenMgrError e, string text)
    {
        var match = LexicalErrorPattern().Match(e.Message);
        var column = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : text.Length;
        var after = match.Success ? Unescape(match.Groups[2].Value) : "";
        // The column is 1-based and points past the character that could not be read.
        var end = Math.Clamp(column - 1, 0, text.Length);
        var start = Math.Clamp(end - after.Length, 0, text.Length);
        if (after.StartsWith('"')) return new QuerySyntaxException("unclosed quotation mark", start);
        if (after.StartsWith('/')) return new QuerySyntaxException("unclosed regular expression: / starts one, \\/ is a plain slash", start);
        if (text.EndsWith('\\')) return new QuerySyntaxException("escape character \\ with nothing after it", text.Length - 1);
        // After ^ the parser reads only a number (the boost).
        var caret = text.AsSpan(0, end).TrimEnd().LastIndexOf('^');
        if (caret >= 0 && text.AsSpan(caret + 1, end - caret - 1).IsWhiteSpace())
            return new QuerySyntaxException("^ needs a number after it (word^2)", caret);
        return new QuerySyntaxException("unexpected character", Math.Clamp(end, 0, Math.Max(0, text.Length - 1)));
    }

    private static string Unescape(string escaped)
    {
        try { return Regex.Unescape(escaped); }
        catch (ArgumentException) { return escaped; }
    }

    [GeneratedRegex(@"column (\d+)\.\s+Encountered: .*after : ""(.*)""$", RegexOptions.Singleline)]
    private static partial Regex LexicalErrorPattern();
}
