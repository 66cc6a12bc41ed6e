using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>
/// The Lucene fields of the index. One Lucene index holds three kinds of record, written as one block per source
/// document (Lucene's block indexing: the block is added, replaced and deleted as a whole, and its records stay
/// next to each other through merges): a record per paragraph, a record per quotation, and last the document
/// record, which is the block's parent. Each level's text fields have their own names, so each level keeps its own
/// term statistics (see <see cref="LevelSimilarity"/>).
/// </summary>
public static class IndexFields
{
    /// <summary>"d", "p" or "q": which level a record belongs to (all records).</summary>
    public const string Level = "level";
    /// <summary>The source document's id (all records): replaces and deletes the whole block.</summary>
    public const string Doc = "doc";
    /// <summary>article or listing (document records).</summary>
    public const string Kind = "kind";

    // Facet values, indexed as exact terms on every record (for actor:, nation:, department:, speaker: in q) and
    // as doc values on the document record (for counting and filters; units count through their parent).
    public const string Department = "department";
    public const string Actor = "actor";
    public const string Nation = "nation";
    /// <summary>On quote records their own speaker; on document and paragraph records every speaker the document quotes.</summary>
    public const string Speaker = "speaker";
    /// <summary>yyyymmdd: a numeric (trie) field on every record for date: ranges, a numeric doc value on the document record.</summary>
    public const string Date = "date";

    /// <summary>Folded, unstemmed words of the document (document records, docs only): "did you mean" and word suggestions.</summary>
    public const string Spell = "spell";
    /// <summary>The title as a sorted doc value (document records): suggestions complete titles without loading stored documents.</summary>
    public const string TitleValue = "titleValue";
    /// <summary>Arrival order of the document (document records): the last tie-break of every sort, stable across merges.</summary>
    public const string Sequence = "seq";
    /// <summary>The paragraph's or quotation's index in its document (unit records).</summary>
    public const string Unit = "unit";
    /// <summary>The contract's Document JSON, stored once (document records).</summary>
    public const string Json = "json";
    /// <summary>SHA-256 of the document's content: <c>add</c> skips a document whose content did not change.</summary>
    public const string Hash = "hash";
    /// <summary>The quotation's <see cref="Quotations.QuoteSignature"/> as a binary doc value (quote records of five words or
    /// more): what groups the same words said in several documents.</summary>
    public const string QuoteSignature = "q.sig";

    public const int DatePrecisionStep = 8;

    /// <summary>Exact values (level, id, kind, facet values): indexed whole by the keyword analyzer, so that Lucene reuses
    /// one token stream per field and thread instead of building one per field instance (StringField does that, and
    /// Lucene.Net 4.8 creates every token stream's attributes under a global lock).</summary>
    public static readonly FieldType Keyword = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>The fields indexed with <see cref="Keyword"/>.</summary>
    public static readonly string[] KeywordFields = [Level, Doc, Kind, Department, Actor, Nation, Speaker];

    /// <summary>Text: frequencies and positions (phrases), norms (BM25 length). No offsets: the highlighter re-analyses the
    /// short texts it marks, so offsets in the postings would be bytes nobody reads.</summary>
    public static readonly FieldType Text = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    /// <summary>Spell words: which documents have the word is all "did you mean" needs.</summary>
    public static readonly FieldType Words = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    public static readonly FieldType DateTerms = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
        NumericType = NumericType.INT32,
        NumericPrecisionStep = DatePrecisionStep,
    });

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
