using SearchService.Core.Querying;

namespace SearchService.Core.Indexing;

/// <summary>One text field of a level: its name in the query language, its Lucene field, its weight.</summary>
public sealed record SearchField(string Name, string Field, float Boost);

/// <summary>
/// The text fields of one search level and their weights. Each field is scored with its own BM25 statistics and the
/// scores are summed, so a short field already counts for more per matching word; on top of that, modest boosts keep
/// title above summary above body: the title says what a release is about, the standfirst is the editor's précis,
/// the body is mostly incidental words. Tuned on the 100k generated corpus against Lucene's unboosted ranking:
/// 8 : 3 : 1 let one title word beat documents wholly about the query; 2 : 1.5 : 1 keeps the order. Paragraphs carry
/// their document's title as context, not their own words: 1.2 : 1. Quotes weigh the speaker's name above the text,
/// so "Healey ceasefire" prefers Healey's words.
/// </summary>
public sealed record LevelFields(SearchLevel Level, string Code, IReadOnlyList<SearchField> Fields)
{
    public static readonly LevelFields Documents = new(SearchLevel.Documents, "d",
        [new("title", "d.title", 2f), new("summary", "d.summary", 1.5f), new("body", "d.body", 1f)]);

    public static readonly LevelFields Paragraphs = new(SearchLevel.Paragraphs, "p",
        [new("title", "p.title", 1.2f), new("body", "p.body", 1f)]);

    public static readonly LevelFields Quotes = new(SearchLevel.Quotes, "q",
        [new("body", "q.body", 1f), new("speaker", "q.speaker", 2f)]);

    public static LevelFields For(SearchLevel level) => level switch
    {
        SearchLevel.Paragraphs => Paragraphs,
        SearchLevel.Quotes => Quotes,
        _ => Documents,
    };

    /// <summary>The field of this level a query-language name refers to, or null when the level has no such field.</summary>
    public SearchField? Named(string name)
    {
        foreach (var field in Fields)
            if (string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)) return field;
        return null;
    }

    /// <summary>The query-language name of a Lucene field of this level, or null.</summary>
    public string? NameOf(string luceneField)
    {
        foreach (var field in Fields)
            if (field.Field == luceneField) return field.Name;
        return null;
    }
}
