using System.Text;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Tests.Querying.Syntax;

/// <summary>Random syntax trees in the canonical shape the parser builds (groups of two or more, no MatchAll inside).</summary>
internal sealed class RandomQueryTrees(int seed)
{
    private static readonly string[] Pieces =
    [
        "peace", "Healey", "ceasefire", "AND", "OR", "NOT", "TO", "title", "date", "-", "+", "*", "~", "~1", ":", "\\", "\"", "(", ")",
        "[", "]", "{body}", "NEAR", "^", "é", "Sébastien", "日本", "🙂", "'; DROP TABLE documents; --", "\u0001", "\u00a0", " ", "\ud800",
    ];

    private readonly Random _random = new(seed);

    public QueryNode Next(int depth = 0)
    {
        var roll = _random.Next(depth >= 3 ? 7 : 10);
        return roll switch
        {
            0 => new TermQuery(TextField(), Text()),
            1 => new PhraseQuery(TextField(), Text()),
            2 => new PrefixQuery(TextField(), Text()),
            3 => new FuzzyQuery(TextField(), Text(), _random.Next(3)),
            4 => new FacetQuery((QueryField)_random.Next((int)QueryField.Actor, (int)QueryField.Speaker + 1), Value()),
            5 => Date(),
            6 => new TermQuery(QueryField.Any, Text()),
            7 => new NotQuery(Next(depth + 1)),
            8 => new AndQuery(Children(depth)),
            _ => new OrQuery(Children(depth)),
        };
    }

    private List<QueryNode> Children(int depth) => Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Next(depth + 1)).ToList();

    private QueryField TextField() => (QueryField)_random.Next((int)QueryField.Body + 1);

    private DateRangeQuery Date()
    {
        DateOnly? Day() => _random.Next(4) == 0 ? null : new DateOnly(2015, 1, 1).AddDays(_random.Next(4000));
        var (a, b) = (Day(), Day());
        if (a is { } x && b is { } y && x > y) (a, b) = (b, a);
        return new DateRangeQuery(a, b);
    }

    private string Value()
    {
        var value = Text();
        return value.Trim().Length == 0 ? value + "x" : value;
    }

    private string Text()
    {
        var sb = new StringBuilder();
        for (var i = _random.Next(1, 4); i > 0; i--) sb.Append(Pieces[_random.Next(Pieces.Length)]);
        return sb.ToString();
    }
}
