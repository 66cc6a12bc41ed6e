using System.Globalization;
using SearchService.Core.Analysis;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.Querying.Oracle;

/// <summary>A random query as a tree the oracle evaluates, and as the query text the service parses.</summary>
internal abstract record OracleQuery
{
    public abstract string Text { get; }

    /// <summary>Whether the unit matches, evaluated on the model's plain lists.</summary>
    public abstract bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level);

    // A text clause on a field the level lacks (summary: on paragraphs, title: on quotes) is asked of the document.
    protected static IEnumerable<CorpusModel.Field> Fields(CorpusModel.Unit unit, CorpusModel model, string? field)
    {
        if (field is null) return unit.Fields;
        var own = unit.Fields.Where(f => f.Name == field).ToList();
        return own.Count > 0 ? own : model.ById[unit.Document.Id].Fields.Where(f => f.Name == field);
    }

    protected static string Prefix(string? field) => field is null ? "" : field + ":";
}

internal sealed record WordQuery(string Word, string? Field) : OracleQuery
{
    private readonly string _stem = PressAnalyzer.Stemming.Tokens(Word).Single();

    public override string Text => Prefix(Field) + Word;

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) =>
        Fields(unit, model, Field).Any(f => f.Tokens.Contains(_stem));
}

internal sealed record PhraseQuery(string First, string Second, string? Field) : OracleQuery
{
    private readonly string[] _stems = [.. PressAnalyzer.Stemming.Tokens(First), .. PressAnalyzer.Stemming.Tokens(Second)];

    public override string Text => $"{Prefix(Field)}\"{First} {Second}\"";

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) =>
        Fields(unit, model, Field).Any(f => Enumerable.Range(0, Math.Max(0, f.Tokens.Length - 1)).Any(i => f.Tokens[i] == _stems[0] && f.Tokens[i + 1] == _stems[1]));
}

internal sealed record PrefixQuery(string Start, string? Field) : OracleQuery
{
    public override string Text => Prefix(Field) + Start + "*";

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) =>
        Fields(unit, model, Field).Any(f => f.Tokens.Any(t => t.StartsWith(Start, StringComparison.Ordinal)));
}

internal sealed record FacetQuery(string Dimension, string Value) : OracleQuery
{
    public override string Text => $"{Dimension}:\"{Value}\"";

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) => Dimension switch
    {
        "nation" => unit.Document.Nations.Contains(Value),
        "actor" => unit.Document.Actors.Contains(Value),
        "department" => unit.Document.Department == Value,
        // A quote is its speaker's; other units match when their document quotes the speaker.
        _ => level == SearchLevel.Quotes ? unit.Speaker == Value : unit.Document.Quotes.Any(q => q.Speaker == Value),
    };
}

internal sealed record DateQuery(DateOnly From, DateOnly To, string Written) : OracleQuery
{
    public override string Text => "date:" + Written;

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) =>
        unit.Document.Date is { Length: >= 10 } d && DateOnly.ParseExact(d[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) is var date && date >= From && date <= To;
}

internal sealed record AndQuery(IReadOnlyList<OracleQuery> Clauses) : OracleQuery
{
    public override string Text => "(" + string.Join(' ', Clauses.Select(c => c.Text)) + ")";

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) => Clauses.All(c => c.Matches(unit, model, level));
}

internal sealed record OrQuery(IReadOnlyList<OracleQuery> Clauses) : OracleQuery
{
    public override string Text => "(" + string.Join(" OR ", Clauses.Select(c => c.Text)) + ")";

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) => Clauses.Any(c => c.Matches(unit, model, level));
}

internal sealed record NotQuery(OracleQuery Clause) : OracleQuery
{
    // Lucene's syntax has no "--x": a negated negation is written in parentheses.
    public override string Text => Clause is NotQuery ? "-(" + Clause.Text + ")" : "-" + Clause.Text;

    public override bool Matches(CorpusModel.Unit unit, CorpusModel model, SearchLevel level) => !Clause.Matches(unit, model, level);
}
