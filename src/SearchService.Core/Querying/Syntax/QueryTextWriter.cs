using System.Text;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// Writes a tree back as query text that <see cref="QueryParser"/> reads as the same tree (Lucene's
/// <c>Query.toString()</c>, made exact): words escaped, phrases and facet values quoted, nested groups
/// parenthesised. Used for "did you mean" and checked by a round-trip test.
/// </summary>
public static class QueryTextWriter
{
    public static string Write(QueryNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, QueryNode node)
    {
        switch (node)
        {
            case MatchAllQuery: break;
            case TermQuery t: Field(sb, t.Field); Word(sb, t.Text); break;
            case PhraseQuery p: Field(sb, p.Field); Quote(sb, p.Text); break;
            case PrefixQuery p: Field(sb, p.Field); Word(sb, p.Text); sb.Append('*'); break;
            case FuzzyQuery f:
                Field(sb, f.Field);
                Word(sb, f.Text);
                sb.Append('~');
                if (f.MaxEdits != 2) sb.Append((char)('0' + f.MaxEdits));
                break;
            case FacetQuery f: Field(sb, f.Field); Quote(sb, f.Value); break;
            case DateRangeQuery d:
                sb.Append("date:[").Append(d.From is { } from ? DateValues.Format(from) : "*")
                  .Append(" TO ").Append(d.To is { } to ? DateValues.Format(to) : "*").Append(']');
                break;
            case NotQuery n: sb.Append('-'); Nested(sb, n.Clause); break;
            case AndQuery a: Join(sb, a.Clauses, " "); break;
            case OrQuery o: Join(sb, o.Clauses, " OR "); break;
            default: throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node));
        }
    }

    private static void Join(StringBuilder sb, IReadOnlyList<QueryNode> clauses, string separator)
    {
        for (var i = 0; i < clauses.Count; i++)
        {
            if (i > 0) sb.Append(separator);
            Nested(sb, clauses[i]);
        }
    }

    private static void Nested(StringBuilder sb, QueryNode node)
    {
        var group = node is AndQuery or OrQuery;
        if (group) sb.Append('(');
        Write(sb, node);
        if (group) sb.Append(')');
    }

    private static void Field(StringBuilder sb, QueryField field)
    {
        if (field != QueryField.Any) sb.Append(QueryFields.Name(field)).Append(':');
    }

    private static void Quote(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('"');
    }

    // Escapes whatever the lexer would read as syntax, so the word comes back as the same word.
    private static void Word(StringBuilder sb, string text)
    {
        if (text is "AND" or "OR" or "NOT") sb.Append('\\');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (QueryLexer.IsBreak(c) || c is '\\' or ':' or '*' or '~' || (i == 0 && c is '-' or '+')) sb.Append('\\');
            sb.Append(c);
        }
    }
}
