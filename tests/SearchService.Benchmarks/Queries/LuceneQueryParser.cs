using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchService.Benchmarks.Queries;

/// <summary>
/// Reads the subset of Lucene's classic syntax the anchor's query file uses, with the anchor's precedence:
/// AND/NOT bind tighter than OR, and adjacent clauses are OR (the classic parser's default operator).
/// The grammar is the one fts5_bench.py parses, so the three engines read every query alike.
/// </summary>
internal static partial class LuceneQueryParser
{
    [GeneratedRegex("""
        \G\s*(?:
          (?<lp>\() | (?<rp>\)) | (?<op>AND|OR|NOT)(?=[\s()]|$) |
          (?:(?<field>[A-Za-z_]+):)?
          (?: "(?<phrase>[^"]*)"(?:~(?<slop>\d+))?(?:\^(?<pboost>[\d.]+))?
            | \[(?<lo>\S+)\s+TO\s+(?<hi>[^\]]+)\]
            | (?<word>[^\s()"^~\[]+)(?<fuzzy>~\d*)?(?:\^(?<boost>[\d.]+))? ))
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    public static LuceneNode Parse(string query)
    {
        var tokens = Lex(query);
        var position = 0;
        var node = Disjunction(tokens, ref position);
        if (position < tokens.Count) throw new FormatException($"trailing '{tokens[position].Value.Trim()}'");
        return node;
    }

    private static List<Match> Lex(string query)
    {
        var tokens = new List<Match>();
        var text = query.Trim();
        var at = 0;
        while (at < text.Length)
        {
            var m = Token().Match(text, at);
            if (!m.Success || m.Length == 0) throw new FormatException($"cannot read '{text[at..]}'");
            tokens.Add(m);
            at = m.Index + m.Length;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        }
        return tokens;
    }

    private static LuceneNode Disjunction(List<Match> tokens, ref int position)
    {
        var items = new List<LuceneNode> { Conjunction(tokens, ref position) };
        while (position < tokens.Count && !tokens[position].Groups["rp"].Success)
        {
            if (Op(tokens[position]) == "OR") position++;
            items.Add(Conjunction(tokens, ref position)); // adjacency is OR, the default operator
        }
        return items.Count == 1 ? items[0] : new LuceneOr(items);
    }

    private static LuceneNode Conjunction(List<Match> tokens, ref int position)
    {
        var must = new List<LuceneNode> { Unary(tokens, ref position) };
        var mustNot = new List<LuceneNode>();
        while (position < tokens.Count && Op(tokens[position]) is "AND" or "NOT")
        {
            var op = Op(tokens[position++]);
            if (op == "AND" && position < tokens.Count && Op(tokens[position]) == "NOT")
            {
                position++;
                mustNot.Add(Unary(tokens, ref position));
            }
            else if (op == "NOT") mustNot.Add(Unary(tokens, ref position));
            else must.Add(Unary(tokens, ref position));
        }
        return must.Count == 1 && mustNot.Count == 0 ? must[0] : new LuceneAnd(must, mustNot);
    }

    private static LuceneNode Unary(List<Match> tokens, ref int position)
    {
        if (position >= tokens.Count) throw new FormatException("query ends where a clause was expected");
        var t = tokens[position++];
        if (t.Groups["lp"].Success)
        {
            var inner = Disjunction(tokens, ref position);
            if (position >= tokens.Count || !tokens[position].Groups["rp"].Success) throw new FormatException("unbalanced parentheses");
            position++;
            return inner;
        }
        if (t.Groups["op"].Success || t.Groups["rp"].Success) throw new FormatException($"unexpected '{t.Value.Trim()}'");
        return Leaf(t);
    }

    private static LuceneLeaf Leaf(Match t)
    {
        string? Group(string name) => t.Groups[name].Success ? t.Groups[name].Value : null;
        var fuzzy = Group("fuzzy");
        return new LuceneLeaf(
            Field: Group("field"),
            Word: Group("word"),
            Phrase: Group("phrase"),
            Slop: Group("slop") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : null,
            Fuzzy: fuzzy is null ? null : fuzzy.Length > 1 ? int.Parse(fuzzy[1..], CultureInfo.InvariantCulture) : 2,
            Boost: Group("boost") ?? Group("pboost"),
            RangeFrom: Group("lo"),
            RangeTo: Group("hi")?.Trim());
    }

    private static string? Op(Match t) => t.Groups["op"].Success ? t.Groups["op"].Value : null;
}
