namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// Reads the query language into a <see cref="QueryNode"/> tree. Grammar (AND binds tighter than OR, as in
/// most search boxes; juxtaposition means AND):
/// <code>
/// query   := or
/// or      := and ("OR" and)*
/// and     := unary (["AND"] unary)*
/// unary   := ("NOT" | "-" | "+")* primary
/// primary := "(" or ")" | FIELD ":" value | "phrase" | word | word* | word~N
/// </code>
/// Anything else is a <see cref="QuerySyntaxException"/> naming the problem and its position; nothing else is thrown.
/// </summary>
public sealed class QueryParser
{
    /// <summary>Like Lucene's maxClauseCount: bounds the work one query can ask for.</summary>
    public const int MaxClauses = 1024;
    public const int MaxDepth = 64;

    private readonly List<QueryToken> _tokens;
    private int _next;
    private int _depth;
    private int _clauses;

    private QueryParser(List<QueryToken> tokens) => _tokens = tokens;

    public static QueryNode Parse(string text)
    {
        var parser = new QueryParser(QueryLexer.Tokenize(text));
        if (parser.Peek.Kind == TokenKind.End) return MatchAllQuery.Instance;
        var node = parser.ParseOr(QueryField.Any);
        if (parser.Peek.Kind == TokenKind.RParen) throw new QuerySyntaxException("closing parenthesis without an opening one", parser.Peek.Position);
        if (parser.Peek.Kind != TokenKind.End) throw new QuerySyntaxException($"unexpected '{parser.Peek.Text}'", parser.Peek.Position);
        return node;
    }

    private QueryToken Peek => _tokens[_next];

    private QueryToken Take() => _tokens[_next++];

    private QueryNode ParseOr(QueryField field)
    {
        var clauses = new List<QueryNode> { ParseAnd(field) };
        while (Peek.Kind == TokenKind.Or)
        {
            var or = Take();
            if (EndsClause(Peek.Kind)) throw new QuerySyntaxException("OR needs a clause after it", or.Position);
            clauses.Add(ParseAnd(field));
        }
        return clauses.Count == 1 ? clauses[0] : new OrQuery(clauses);
    }

    private QueryNode ParseAnd(QueryField field)
    {
        var clauses = new List<QueryNode> { ParseUnary(field) };
        while (!EndsClause(Peek.Kind))
        {
            if (Peek.Kind == TokenKind.And)
            {
                var and = Take();
                if (EndsClause(Peek.Kind)) throw new QuerySyntaxException("AND needs a clause after it", and.Position);
            }
            clauses.Add(ParseUnary(field));
        }
        return clauses.Count == 1 ? clauses[0] : new AndQuery(clauses);
    }

    private static bool EndsClause(TokenKind kind) => kind is TokenKind.End or TokenKind.RParen or TokenKind.Or;

    private QueryNode ParseUnary(QueryField field)
    {
        // A loop, not recursion: "------x" must not cost stack.
        var nots = 0;
        while (Peek.Kind is TokenKind.Not or TokenKind.Minus or TokenKind.Plus)
        {
            var op = Take();
            if (op.Kind != TokenKind.Plus && ++nots > MaxDepth) throw new QuerySyntaxException($"more than {MaxDepth} NOT in a row", op.Position);
            if (EndsClause(Peek.Kind) || Peek.Kind == TokenKind.And)
                throw new QuerySyntaxException($"{op.Text} needs a clause after it", op.Position);
        }
        var node = ParsePrimary(field);
        for (var i = 0; i < nots; i++) node = new NotQuery(node);
        return node;
    }

    private QueryNode ParsePrimary(QueryField field)
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.LParen:
                return Group(token, field);
            case TokenKind.Field:
                var named = QueryFields.TryParse(token.Text, out var f) ? f : QueryField.Any;
                var value = Peek;
                if (value.Kind is TokenKind.End or TokenKind.RParen or TokenKind.Or or TokenKind.And or TokenKind.Not or TokenKind.Minus or TokenKind.Plus or TokenKind.Field)
                    throw new QuerySyntaxException($"{token.Text}: needs a value", token.Position);
                if (value.Kind == TokenKind.LParen) return Group(Take(), named);
                return Leaf(Take(), named);
            case TokenKind.Word or TokenKind.Quoted or TokenKind.LBracket:
                return Leaf(token, field);
            case TokenKind.RParen:
                throw new QuerySyntaxException("closing parenthesis without an opening one", token.Position);
            case TokenKind.RBracket:
                throw new QuerySyntaxException("] without a date range", token.Position);
            default:
                throw new QuerySyntaxException($"{token.Text} needs a clause before it", token.Position);
        }
    }

    private QueryNode Group(QueryToken open, QueryField field)
    {
        if (++_depth > MaxDepth) throw new QuerySyntaxException($"parentheses nested more than {MaxDepth} deep", open.Position);
        if (Peek.Kind == TokenKind.RParen) throw new QuerySyntaxException("empty parentheses", open.Position);
        if (Peek.Kind == TokenKind.End) throw new QuerySyntaxException("unclosed parenthesis", open.Position);
        var inner = ParseOr(field);
        if (Peek.Kind != TokenKind.RParen) throw new QuerySyntaxException("unclosed parenthesis", open.Position);
        Take();
        _depth--;
        return inner;
    }

    private QueryNode Leaf(QueryToken token, QueryField field)
    {
        if (++_clauses > MaxClauses) throw new QuerySyntaxException($"more than {MaxClauses} clauses", token.Position);
        if (field == QueryField.Date) return DateClause.Read(token, this);
        if (token.Kind == TokenKind.LBracket) throw new QuerySyntaxException("a [range] is only allowed after date:", token.Position);
        if (token.Suffix == WordSuffix.Prefix && token.Text.Length == 0) throw new QuerySyntaxException("* needs a word before it", token.Position);
        if (QueryFields.IsFacet(field))
        {
            if (token.Suffix != WordSuffix.None) throw new QuerySyntaxException($"{QueryFields.Name(field)}: takes whole values, not * or ~", token.Position);
            if (token.Text.Trim().Length == 0) throw new QuerySyntaxException($"{QueryFields.Name(field)}: needs a value", token.Position);
            return new FacetQuery(field, token.Text);
        }
        if (token.Kind == TokenKind.Quoted) return new PhraseQuery(field, token.Text);
        return token.Suffix switch
        {
            WordSuffix.Prefix => new PrefixQuery(field, token.Text),
            WordSuffix.Fuzzy => new FuzzyQuery(field, token.Text, token.Edits),
            _ => new TermQuery(field, token.Text),
        };
    }

    /// <summary><c>date:</c> values: <c>2025</c>, <c>2025-04</c>, <c>2025-04-10</c> or <c>[FROM TO TO]</c> with <c>*</c> for an open end.</summary>
    private static class DateClause
    {
        public static QueryNode Read(QueryToken token, QueryParser parser)
        {
            if (token.Kind != TokenKind.LBracket)
            {
                if (token.Suffix != WordSuffix.None || !DateValues.TryParse(token.Text, out var first, out var last))
                    throw new QuerySyntaxException($"'{token.Text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", token.Position);
                return new DateRangeQuery(first, last);
            }
            var from = Bound(parser.Take(), token, start: true);
            var to = parser.Take();
            if (!to.IsBare("TO")) throw new QuerySyntaxException("a date range needs TO between its dates", to.Position);
            var until = Bound(parser.Take(), token, start: false);
            var close = parser.Take();
            if (close.Kind != TokenKind.RBracket) throw new QuerySyntaxException("unclosed date range", token.Position);
            if (from is { } f && until is { } u && f > u) throw new QuerySyntaxException("date range ends before it starts", token.Position);
            return new DateRangeQuery(from, until);
        }

        private static DateOnly? Bound(QueryToken token, QueryToken open, bool start)
        {
            if (token.Kind == TokenKind.End) throw new QuerySyntaxException("unclosed date range", open.Position);
            if (token.Kind == TokenKind.Word && token.Text.Length == 0 && token.Suffix == WordSuffix.Prefix) return null;
            if (token.Kind == TokenKind.Word && token.Suffix == WordSuffix.None && DateValues.TryParse(token.Text, out var first, out var last))
                return start ? first : last;
            throw new QuerySyntaxException($"'{token.Text}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or *)", token.Position);
        }
    }
}
