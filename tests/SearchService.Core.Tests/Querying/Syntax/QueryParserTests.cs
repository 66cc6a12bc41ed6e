using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Querying.Syntax;

/// <summary>The query language as Lucene queries: what each piece of syntax becomes, and the errors it names.</summary>
public sealed class QueryParserTests(ParserFixture parser) : IClassFixture<ParserFixture>
{
    private string L(string text, SearchLevel level = SearchLevel.Documents) => parser.Lucene(text, level);

    [Fact]
    public void AWordSearchesEveryTextFieldOfTheLevelWithItsWeight()
    {
        Assert.Equal("d.title:ceasefir^2.0 d.summary:ceasefir^1.5 d.body:ceasefir", L("ceasefire"));
        Assert.Equal("p.title:ceasefir^1.2 p.body:ceasefir", L("ceasefire", SearchLevel.Paragraphs));
        Assert.Equal("q.body:ceasefir q.speaker:ceasefir^2.0", L("ceasefire", SearchLevel.Quotes));
    }

    [Fact]
    public void WordsAreStemmedFoldedAndLowerCased() => Assert.Equal(L("convened Sébastien"), L("convene sebastien"));

    [Fact]
    public void WordsAreJoinedByAnd() => Assert.Equal("+(p.title:putin^1.2 p.body:putin) -(p.title:trump^1.2 p.body:trump)", L("Putin -Trump", SearchLevel.Paragraphs));

    [Fact]
    public void AndBindsTighterThanOr()
    {
        Assert.Equal(L("(a AND b) OR c"), L("a AND b OR c"));
        Assert.Equal(L("(a b) OR c"), L("a b OR c"));
        Assert.Equal(L("a OR (b c)"), L("a OR b c"));
        Assert.NotEqual(L("a (b OR c)"), L("a b OR c"));
    }

    [Fact]
    public void NotKeywordAndMinusMeanTheSame() => Assert.Equal(L("a -b"), L("a NOT b"));

    [Fact]
    public void PlusMeansTheSameAsNothing() => Assert.Equal(L("a b"), L("+a +b"));

    [Fact]
    public void LowercaseOperatorsAreWords() => Assert.Equal(L("war AND and AND peace"), L("war and peace"));

    [Fact]
    public void ANegativeAloneMeansEverythingBut()
    {
        var query = L("-Trump");
        Assert.Contains("-(d.title:trump", query, StringComparison.Ordinal);
        Assert.Contains("level:d", query, StringComparison.Ordinal);
    }

    [Fact]
    public void FieldAppliesToAGroup() => Assert.Equal("d.title:a^2.0 d.title:\"b c\"^2.0", L("title:(a OR \"b c\")"));

    [Fact]
    public void PhraseSlopAndBoostAreLuceneSyntax()
    {
        Assert.Contains("\"coalit of the will\"~2", L("\"coalition of the willing\"~2"), StringComparison.Ordinal);
        Assert.EndsWith(")^3.0", L("peace^3"), StringComparison.Ordinal);
    }

    [Fact]
    public void WordsJoinedInTheTextAreAPhrase() => Assert.Contains("d.body:\"post war\"", L("post-war"), StringComparison.Ordinal);

    [Fact]
    public void FacetFieldsTakeWholeValuesAndScoreNothing()
    {
        var query = L("actor:\"John Healey\" nation:france");
        Assert.Contains("actor:John Healey", query, StringComparison.Ordinal);
        Assert.Contains("nation:France", query, StringComparison.Ordinal);
        Assert.Contains("^0.0", query, StringComparison.Ordinal);
    }

    [Fact]
    public void FacetValueMatchesWholeWords() => Assert.Contains("actor:Sébastien Lecornu", L("actor:lecornu"), StringComparison.Ordinal);

    [Fact]
    public void UnknownFacetValueMatchesNothing() => Assert.Contains("level:none", L("actor:Nobody"), StringComparison.Ordinal);

    [Theory]
    [InlineData("date:2025", "[20250101 TO 20251231]")]
    [InlineData("date:2024-02", "[20240201 TO 20240229]")]
    [InlineData("date:2025-04-10", "[20250410 TO 20250410]")]
    [InlineData("date:[2025-04 TO 2025-05]", "[20250401 TO 20250531]")]
    [InlineData("date:{2025-03 TO 2025-06}", "[20250401 TO 20250531]")]
    [InlineData("date:[* TO 2025]", "[1 TO 20251231]")]
    public void DatesStandForTheDaysTheyCover(string text, string range) => Assert.Contains($"date:{range}", L(text), StringComparison.Ordinal);

    [Fact]
    public void PrefixesAreFoldedNotStemmed() => Assert.Equal("d.title:sebast*^2.0 d.summary:sebast*^1.5 d.body:sebast*", L("Sébast*"));

    [Fact]
    public void FuzzyWordsBecomeTheIndexsWordsWithinTheEditsAsked()
    {
        Assert.Equal("d.title:lecornu^2.0 d.summary:lecornu^1.5 d.body:lecornu", L("Lecronu~")); // a swap counts one edit
        Assert.Equal(L("Lecronu~"), L("Lecronu~1"));
        Assert.Contains("level:none", L("Lecronu~0"), StringComparison.Ordinal);
        Assert.Contains("d.body:ceasefir", L("ceasfire~1"), StringComparison.Ordinal);
    }

    [Fact]
    public void TextFieldsALevelLacksAreAskedOfTheDocument() =>
        Assert.Contains("document(d.summary:secur)", L("summary:security", SearchLevel.Paragraphs), StringComparison.Ordinal);

    [Fact]
    public void UnknownFieldsAreText() => Assert.Equal(L("https gov.uk"), L("https:gov.uk"));

    [Fact]
    public void SlashesAreText() => Assert.Equal(L("and or"), L("/and or/"));

    [Theory]
    [InlineData("   ")]
    [InlineData("🙂")]
    [InlineData("- 🙂")]
    public void NothingToSearchForMatchesAll(string text) => Assert.True(parser.Parse(text).MatchesAll);

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
    [InlineData("date:[2026 TO 2025]", 5, "ends before it starts")]
    [InlineData("()", 0, "empty parentheses")]
    [InlineData("[a TO b]", 0, "only allowed after date:")]
    [InlineData("actor:Hea*", 6, "whole values")]
    [InlineData("*ealey", 0, "cannot start a word")]
    [InlineData("peace^", 5, "^ needs")]
    [InlineData("Ukraine/Russia", 7, "regular expression")]
    [InlineData("peace\\", 5, "escape character")]
    public void SyntaxErrorsNameTheProblemAndPosition(string text, int position, string problem)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => parser.Parse(text));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void NestingAndClauseLimitsAreEnforcedBeforeParsing()
    {
        Assert.Contains("64 deep", Assert.Throws<QuerySyntaxException>(() => parser.Parse(new string('(', 65) + "a" + new string(')', 65))).Problem, StringComparison.Ordinal);
        Assert.Contains("1024 clauses", Assert.Throws<QuerySyntaxException>(() => parser.Parse(string.Join(' ', Enumerable.Repeat("a", 1025)))).Problem, StringComparison.Ordinal);
        Assert.False(parser.Parse(string.Join(' ', Enumerable.Repeat("a", 1024))).MatchesAll);
    }
}
