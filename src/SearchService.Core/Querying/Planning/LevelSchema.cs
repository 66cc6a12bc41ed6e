using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// The FTS5 table of one search level, its columns and their BM25 weights.
/// Each field is scored with its own BM25 statistics and the scores are summed (Lucene's way), so a short
/// field already counts for more per matching word: a one-word title match out-scores the same word in a
/// 600-word body. On top of that, modest boosts keep title above summary above body: the title says what a
/// release is about, the standfirst is the editor's précis, the body is mostly incidental words. They were
/// tuned on the 100k generated corpus against Lucene's unboosted ranking: 8 : 3 : 1 let one title word beat
/// documents wholly about the query (top-10 overlap with Lucene 0.56); 2 : 1.5 : 1 keeps the order and
/// overlaps 0.71. Paragraphs carry their document's title as context, not their own words: 1.2 : 1 (0.64;
/// 3 : 1 gave 0.50). Quotes weigh the speaker's name above the text, so "Healey ceasefire" prefers Healey's words.
/// </summary>
public sealed record LevelSchema(SearchLevel Level, string Table, string UnitTable, IReadOnlyList<(string Column, double Weight)> Columns)
{
    public static readonly LevelSchema Documents = new(SearchLevel.Documents, "doc_fts", "documents", [("title", 2.0), ("summary", 1.5), ("body", 1.0)]);
    public static readonly LevelSchema Paragraphs = new(SearchLevel.Paragraphs, "para_fts", "paragraphs", [("title", 1.2), ("body", 1.0)]);
    public static readonly LevelSchema Quotes = new(SearchLevel.Quotes, "quote_fts", "quotes", [("body", 1.0), ("speaker", 2.0)]);

    public static LevelSchema For(SearchLevel level) => level switch
    {
        SearchLevel.Paragraphs => Paragraphs,
        SearchLevel.Quotes => Quotes,
        _ => Documents,
    };

    public string Weights => string.Join(", ", Columns.Select(c => c.Weight.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The fts5vocab 'instance' table over <see cref="Table"/>: the live units' terms and positions.</summary>
    public string InstancesTable => Table + "_instances";

    /// <summary>The index of a column on this level, or -1.</summary>
    public int ColumnIndex(string column)
    {
        for (var f = 0; f < Columns.Count; f++)
            if (Columns[f].Column == column) return f;
        return -1;
    }

    /// <summary>Bits of the fields a clause on <paramref name="column"/> can match: all for none, none for a column this level lacks.</summary>
    public int FieldMask(string? column) => column is null ? (1 << Columns.Count) - 1 : ColumnIndex(column) is var f and >= 0 ? 1 << f : 0;

    /// <summary>Whether a field's clause can be matched on this level's own table (Any always can).</summary>
    public bool Has(QueryField field) => field == QueryField.Any || Columns.Any(c => c.Column == QueryFields.Name(field));
}
