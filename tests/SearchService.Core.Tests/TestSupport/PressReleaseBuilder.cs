using SearchService.Core.Documents;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>Test documents in the contract's shape, with enrichment already filled in (actors, nations, quotes).</summary>
public sealed class PressReleaseBuilder(string id, string title)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<string> _actors = [];
    private readonly List<string> _nations = [];
    private string? _summary, _department, _date;

    public PressReleaseBuilder WithSummary(string summary) { _summary = summary; return this; }
    public PressReleaseBuilder WithDepartment(string department) { _department = department; return this; }
    public PressReleaseBuilder WithDate(string date) { _date = date; return this; }
    public PressReleaseBuilder WithParagraph(string text) { _paragraphs.Add(text); return this; }
    public PressReleaseBuilder WithActors(params string[] actors) { _actors.AddRange(actors); return this; }
    public PressReleaseBuilder WithNations(params string[] nations) { _nations.AddRange(nations); return this; }

    /// <summary>Adds a paragraph that is a quotation by <paramref name="speaker"/>.</summary>
    public PressReleaseBuilder WithQuote(string speaker, string text)
    {
        _quotes.Add(new Quote(_quotes.Count, _paragraphs.Count, speaker, text));
        _paragraphs.Add($"“{text}” said {speaker}.");
        return this;
    }

    public Document Build() => new()
    {
        Id = id,
        Title = title,
        Summary = _summary,
        Department = _department,
        Date = _date,
        Url = $"https://www.gov.uk/government/news/{id}",
        Paragraphs = _paragraphs.Select((p, i) => new Paragraph(i, p)).ToList(),
        Quotes = _quotes,
        Actors = _actors,
        Nations = _nations,
    };
}
