using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Tests.Querying.Syntax;

public sealed class QueryParserTests
{
    private static QueryNode P(string text) => QueryParser.Parse(text);
    private static TermQuery T(string text) => new(QueryField.Any, text);

    [Fact]
    public void WordsAreJoinedByAnd() => Assert.Equal(new AndQuery([T("Putin"), new NotQuery(T("Trump"))]), P("Putin -Trump"));

    [Fact]
    public void AndBindsTighterThanOr() =>
        Assert.Equal(new OrQuery([new AndQuery([T("a"), T("b")]), T("c")]), P("a AND b OR c"));

    [Fact]
    public void NotKeywordAndMinusMeanTheSame() => Assert.Equal(P("a -b"), P("a NOT b"));

    [Fact]
    public void LowercaseOperatorsAreWords() => Assert.Equal(new AndQuery([T("war"), T("and"), T("peace")]), P("war and peace"));

    [Fact]
    public void FieldAppliesToAGroup() =>
        Assert.Equal(new OrQuery([new TermQuery(QueryField.Title, "a"), new PhraseQuery(QueryField.Title, "b c")]), P("title:(a OR \"b c\")"));

    [Fact]
    public void FacetFieldsTakeWholeValues() =>
        Assert.Equal(new AndQuery([new FacetQuery(QueryField.Actor, "John Healey"), new FacetQuery(QueryField.Nation, "France")]), P("actor:\"John Healey\" nation:France"));

    [Theory]
    [InlineData("date:2025", "2025-01-01", "2025-12-31")]
    [InlineData("date:2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("date:2025-04-10", "2025-04-10", "2025-04-10")]
    [InlineData("date:[2025-04 TO 2025-05]", "2025-04-01", "2025-05-31")]
    public void DatesStandForTheDaysTheyCover(string text, string from, string to) =>
        Assert.Equal(new DateRangeQuery(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), P(text));

    [Fact]
    public void OpenEndedDateRange() => Assert.Equal(new DateRangeQuery(null, new DateOnly(2025, 12, 31)), P("date:[* TO 2025]"));

    [Fact]
    public void PrefixAndFuzzy()
    {
        Assert.Equal(new PrefixQuery(QueryField.Any, "cease"), P("cease*"));
        Assert.Equal(new FuzzyQuery(QueryField.Any, "Lecronu", 2), P("Lecronu~"));
        Assert.Equal(new FuzzyQuery(QueryField.Any, "Lecronu", 1), P("Lecronu~1"));
    }

    [Fact]
    public void UnknownFieldIsPartOfTheWord() => Assert.Equal(T("https://gov.uk"), P("https://gov.uk"));

    [Fact]
    public void EmptyQueryMatchesAll() => Assert.Equal(MatchAllQuery.Instance, P("   "));

    [Theory]
    [InlineData("(peace", 0, "unclosed parenthesis")]
    [InlineData("a (b (c)", 2, "unclosed parenthesis")]
    [InlineData("peace)", 5, "closing parenthesis")]
    [InlineData("\"peace", 0, "unclosed quotation")]
    [InlineData("a OR", 2, "OR needs a clause after it")]
    [InlineData("OR a", 0, "OR needs a clause before it")]
    [InlineData("a AND", 2, "AND needs a clause after it")]
    [InlineData("NOT", 0, "NOT needs a clause after it")]
    [InlineData("title:", 0, "title: needs a value")]
    [InlineData("date:2025-13", 5, "not a date")]
    [InlineData("date:[2025 2026]", 11, "TO")]
    [InlineData("*", 0, "* needs a word")]
    [InlineData("x~3", 2, "edit distance")]
    [InlineData("()", 0, "empty parentheses")]
    [InlineData("[a TO b]", 0, "only allowed after date:")]
    [InlineData("actor:Hea*", 6, "whole values")]
    public void SyntaxErrorsNameTheProblemAndPosition(string text, int position, string problem)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => P(text));
        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }
}
