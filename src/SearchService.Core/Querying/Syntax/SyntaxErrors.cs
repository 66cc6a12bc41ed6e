using Lucene.Net.QueryParsers.Classic;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// Turns the classic parser's <see cref="ParseException"/> ("Encountered ... at line 1, column 7. Was expecting one of:
/// ...", written for grammar authors) into a sentence for the person who typed the query, with the position of the
/// problem: the unmatched parenthesis, the operator with nothing after it, the field without a value.
/// </summary>
internal static class SyntaxErrors
{
    public static QuerySyntaxException Describe(ParseException exception, QueryTokens tokens)
    {
        var inner = exception.CurrentToken is null && exception.InnerException is ParseException wrapped ? wrapped : exception;
        if (inner.CurrentToken?.Next is not { } offending)
            return new QuerySyntaxException(Plain(inner.Message), 0);
        var index = offending.Kind == RegexpToken.EOF ? tokens.All.Count - 1 : tokens.IndexAt(offending.BeginColumn);
        var previous = index > 0 ? tokens.All[index - 1] : null;
        switch (offending.Kind)
        {
            case RegexpToken.EOF:
                if (previous?.Kind == RegexpToken.CARAT) return new QuerySyntaxException("^ needs a number after it (word^2)", previous.BeginColumn);
                if (UnclosedParenthesis(tokens, index) is { } open) return new QuerySyntaxException("unclosed parenthesis", open.BeginColumn);
                if (previous is not null && Operator(previous) is { } op) return new QuerySyntaxException($"{op} needs a clause after it", previous.BeginColumn);
                if (previous?.Kind == RegexpToken.COLON && index > 1) return new QuerySyntaxException($"{tokens.All[index - 2].Image}: needs a value", tokens.All[index - 2].BeginColumn);
                if (OpenRange(tokens, index) is { } range) return new QuerySyntaxException("unclosed range", range.BeginColumn);
                return new QuerySyntaxException("the query ends too early", Math.Max(0, previous?.EndColumn ?? 0));
            case RegexpToken.RPAREN:
                if (previous?.Kind == RegexpToken.LPAREN) return new QuerySyntaxException("empty parentheses", previous.BeginColumn);
                if (UnclosedParenthesis(tokens, index) is null) return new QuerySyntaxException("closing parenthesis without an opening one", offending.BeginColumn);
                if (previous is not null && Operator(previous) is { } before) return new QuerySyntaxException($"{before} needs a clause after it", previous.BeginColumn);
                break;
            case RegexpToken.AND or RegexpToken.OR:
                if (previous is null || previous.Kind == RegexpToken.LPAREN || Operator(previous) is not null)
                    return new QuerySyntaxException($"{offending.Image} needs a clause before it", offending.BeginColumn);
                break;
            case RegexpToken.CARAT:
                return new QuerySyntaxException("^ needs a word before it and a number after it (word^2)", offending.BeginColumn);
            case RegexpToken.FUZZY_SLOP:
                return new QuerySyntaxException("~ needs a word or a phrase before it", offending.BeginColumn);
            case RegexpToken.COLON:
                return new QuerySyntaxException(": needs a field name before it (\\: is a plain colon)", offending.BeginColumn);
            case RegexpToken.RANGEIN_END or RegexpToken.RANGEEX_END:
                return new QuerySyntaxException($"{offending.Image} without a range", offending.BeginColumn);
        }
        if (previous is not null && previous.Kind == RegexpToken.COLON && index > 1)
            return new QuerySyntaxException($"{tokens.All[index - 2].Image}: needs a value", tokens.All[index - 2].BeginColumn);
        if (previous is not null && Operator(previous) is { } last)
            return new QuerySyntaxException($"{last} needs a clause after it", previous.BeginColumn);
        return new QuerySyntaxException($"unexpected '{offending.Image}'", offending.BeginColumn);
    }

    private static string? Operator(Token token) => token.Kind switch
    {
        RegexpToken.AND or RegexpToken.OR or RegexpToken.NOT or RegexpToken.PLUS or RegexpToken.MINUS => token.Image,
        _ => null,
    };

    // The innermost "(" before the offending token that no ")" closes.
    private static Token? UnclosedParenthesis(QueryTokens tokens, int before)
    {
        var open = new Stack<Token>();
        for (var i = 0; i < before && i < tokens.All.Count; i++)
        {
            if (tokens.All[i].Kind == RegexpToken.LPAREN) open.Push(tokens.All[i]);
            else if (tokens.All[i].Kind == RegexpToken.RPAREN && open.Count > 0) open.Pop();
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    private static Token? OpenRange(QueryTokens tokens, int before)
    {
        for (var i = Math.Min(before, tokens.All.Count) - 1; i >= 0; i--)
        {
            if (tokens.All[i].Kind is RegexpToken.RANGEIN_END or RegexpToken.RANGEEX_END) return null;
            if (tokens.All[i].Kind is RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START) return tokens.All[i];
        }
        return null;
    }

    private static string Plain(string message)
    {
        var cut = message.IndexOf(": ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("Cannot parse", StringComparison.Ordinal) ? message[(cut + 2)..] : message;
    }
}
