using SearchService.Core.Analysis;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Tests.Querying.Oracle;

/// <summary>
/// The generated corpus held in memory as plain lists, read and enriched by the same pipeline the build uses and
/// analysed by the index's analyzer, but never indexed: the oracle's side of the comparison.
/// </summary>
internal sealed class CorpusModel
{
    public sealed record Field(string Name, string[] Tokens);

    /// <summary>One searchable unit of a level: its id, its text fields, its document.</summary>
    public sealed record Unit(string Id, Document Document, IReadOnlyList<Field> Fields, string? Speaker);

    public CorpusModel(string jsonl)
    {
        var enricher = new DocumentEnricher();
        var scanner = new SourceScanner();
        Documents = scanner.Read([jsonl]).SelectMany(enricher.EnrichWithListings)
            .GroupBy(d => d.Id).Select(g => g.Last()).ToList();
        DocumentUnits = Documents.Select(d => new Unit(d.Id, d, [F("title", d.Title), F("summary", d.Summary ?? ""), F("body", string.Join('\n', d.Paragraphs.Select(p => p.Text)))], null)).ToList();
        ParagraphUnits = Documents.SelectMany(d => d.Paragraphs.Select(p => new Unit($"{d.Id}#p{p.Index}", d, [F("title", d.Title), F("body", p.Text)], null))).ToList();
        QuoteUnits = Documents.SelectMany(d => d.Quotes.Select(q => new Unit($"{d.Id}#q{q.Index}", d, [F("body", q.Text), F("speaker", q.Speaker ?? "")], q.Speaker))).ToList();
        ById = DocumentUnits.ToDictionary(u => u.Id);
    }

    public List<Document> Documents { get; }
    public List<Unit> DocumentUnits { get; }
    public List<Unit> ParagraphUnits { get; }
    public List<Unit> QuoteUnits { get; }
    public Dictionary<string, Unit> ById { get; }

    public List<Unit> Units(Core.Querying.SearchLevel level) => level switch
    {
        Core.Querying.SearchLevel.Paragraphs => ParagraphUnits,
        Core.Querying.SearchLevel.Quotes => QuoteUnits,
        _ => DocumentUnits,
    };

    private static Field F(string name, string text) => new(name, PressAnalyzer.Stemming.Tokens(text).ToArray());
}
