using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// The FTS5 table of one search level, its columns and their BM25 weights.
/// Weights (Lucene would say field boosts): a word in the title says most about what a press release is
/// about, the standfirst (summary) is the editor's own précis so it says more than any one body sentence,
/// and the body is where most words are, mostly incidental. Title 8 : summary 3 : body 1 keeps a title
/// match first without letting a single title word beat a document that is entirely about the query.
/// Paragraphs carry their document's title at 3 : 1 (context, not the paragraph's own words); quotes weigh
/// the speaker's name above the quotation text so "Healey ceasefire" prefers Healey's own words.
/// </summary>
public sealed record LevelSchema(SearchLevel Level, string Table, string UnitTable, IReadOnlyList<(string Column, double Weight)> Columns)
{
    public static readonly LevelSchema Documents = new(SearchLevel.Documents, "doc_fts", "documents", [("title", 8.0), ("summary", 3.0), ("body", 1.0)]);
    public static readonly LevelSchema Paragraphs = new(SearchLevel.Paragraphs, "para_fts", "paragraphs", [("title", 3.0), ("body", 1.0)]);
    public static readonly LevelSchema Quotes = new(SearchLevel.Quotes, "quote_fts", "quotes", [("body", 1.0), ("speaker", 2.0)]);

    public static LevelSchema For(SearchLevel level) => level switch
    {
        SearchLevel.Paragraphs => Paragraphs,
        SearchLevel.Quotes => Quotes,
        _ => Documents,
    };

    public string Weights => string.Join(", ", Columns.Select(c => c.Weight.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Whether a field's clause can be matched on this level's own table (Any always can).</summary>
    public bool Has(QueryField field) => field == QueryField.Any || Columns.Any(c => c.Column == QueryFields.Name(field));
}
