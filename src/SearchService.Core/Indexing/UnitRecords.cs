using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Quotations;
using SearchService.Core.Querying.Syntax;
using Document = SearchService.Core.Documents.Document;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace SearchService.Core.Indexing;

/// <summary>
/// Turns one enriched document into its block of Lucene records: one per paragraph, one per quotation, then the
/// document record (the block's parent, last, as Lucene's block join expects). Every record carries the document's
/// id and facet terms, so a query clause such as <c>nation:France</c> matches at every level; doc values live on the
/// document record only, and units reach them through their parent.
/// </summary>
public static class UnitRecords
{
    /// <summary>Off only in the benchmark's <c>build --quote-groups false</c>, to measure what the signatures cost a build.</summary>
    internal static bool QuoteSignatures { get; set; } = true;

    public static List<LuceneDocument> Block(Document document, long sequence, byte[] hash, BlockStreams? streams = null)
    {
        streams ??= new BlockStreams();
        streams.Reset();
        // Each text is analysed once: the title serves the document and every paragraph record, each paragraph its own
        // record and the document's body.
        var title = AnalyzedText.Of(document.Title);
        var paragraphs = document.Paragraphs.Select(p => AnalyzedText.Of(p.Text)).ToList();
        var date = DateKey(document.Date);
        // One numeric field for the whole block: every record has the same date, and a numeric field builds its token
        // stream once per instance (see IndexFields.Keyword for why that matters).
        var dateTerms = date > 0 ? new Int32Field(IndexFields.Date, date, IndexFields.DateTerms) : null;
        var speakers = document.Quotes.Select(q => q.Speaker).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var records = new List<LuceneDocument>(document.Paragraphs.Count + document.Quotes.Count + 1);

        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var record = Unit(document, "p", document.Paragraphs[i].Index, dateTerms);
            record.Add(new Field("p.title", streams.Next().Set([title]), IndexFields.Text));
            record.Add(new Field("p.body", streams.Next().Set([paragraphs[i]]), IndexFields.Text));
            foreach (var speaker in speakers) record.Add(Keyword(IndexFields.Speaker, speaker));
            records.Add(record);
        }
        foreach (var quote in document.Quotes)
        {
            var record = Unit(document, "q", quote.Index, dateTerms);
            record.Add(new Field("q.body", quote.Text, IndexFields.Text));
            if (quote.Speaker is { Length: > 0 } speaker)
            {
                record.Add(new Field("q.speaker", speaker, IndexFields.Text));
                record.Add(Keyword(IndexFields.Speaker, speaker));
                record.Add(new SortedSetDocValuesField(IndexFields.Speaker, new BytesRef(speaker)));
            }
            if (QuoteSignatures && QuoteSignature.Of(quote.Text) is { Length: > 0 } signature)
                record.Add(new BinaryDocValuesField(IndexFields.QuoteSignature, new BytesRef(QuoteSignature.Encode(signature))));
            records.Add(record);
        }

        var parent = new LuceneDocument();
        Common(parent, document, "d", dateTerms);
        parent.Add(Keyword(IndexFields.Kind, document.Kind));
        parent.Add(new Field("d.title", streams.Next().Set([title]), IndexFields.Text));
        if (document.Summary is { Length: > 0 } summary) parent.Add(new Field("d.summary", summary, IndexFields.Text));
        parent.Add(new Field("d.body", streams.Next().Set(paragraphs), IndexFields.Text));
        parent.Add(new Field(IndexFields.Spell, string.Join(' ', SpellWords(document)), IndexFields.Words));
        foreach (var speaker in speakers) parent.Add(Keyword(IndexFields.Speaker, speaker));
        if (document.Department is { Length: > 0 } department) parent.Add(new SortedSetDocValuesField(IndexFields.Department, new BytesRef(department)));
        foreach (var actor in Distinct(document.Actors)) parent.Add(new SortedSetDocValuesField(IndexFields.Actor, new BytesRef(actor)));
        foreach (var nation in Distinct(document.Nations)) parent.Add(new SortedSetDocValuesField(IndexFields.Nation, new BytesRef(nation)));
        parent.Add(new NumericDocValuesField(IndexFields.Date, date));
        parent.Add(new NumericDocValuesField(IndexFields.Sequence, sequence));
        parent.Add(new SortedDocValuesField(IndexFields.TitleValue, new BytesRef(document.Title)));
        parent.Add(new StoredField(IndexFields.Json, StoredDocument.Json(document)));
        parent.Add(new StoredField(IndexFields.Hash, hash));
        records.Add(parent);
        return records;
    }

    /// <summary>yyyymmdd of an ISO date, 0 when there is none or it cannot be read.</summary>
    public static int DateKey(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DateValues.Key(date) : 0;

    /// <summary>The folded, unstemmed words a "did you mean" may offer.</summary>
    public static List<string> SpellWords(Document document) =>
        SurfaceWords.Distinct(new[] { document.Title, document.Summary ?? "" }.Concat(document.Paragraphs.Select(p => p.Text)));

    private static LuceneDocument Unit(Document document, string level, int index, Int32Field? date)
    {
        var record = new LuceneDocument();
        Common(record, document, level, date);
        record.Add(new NumericDocValuesField(IndexFields.Unit, index));
        return record;
    }

    private static void Common(LuceneDocument record, Document document, string level, Int32Field? date)
    {
        record.Add(Keyword(IndexFields.Level, level));
        record.Add(Keyword(IndexFields.Doc, document.Id));
        if (document.Department is { Length: > 0 } department) record.Add(Keyword(IndexFields.Department, department));
        foreach (var actor in Distinct(document.Actors)) record.Add(Keyword(IndexFields.Actor, actor));
        foreach (var nation in Distinct(document.Nations)) record.Add(Keyword(IndexFields.Nation, nation));
        if (date is not null) record.Add(date);
    }

    private static Field Keyword(string name, string value) => new(name, value, IndexFields.Keyword);

    private static IEnumerable<string> Distinct(IReadOnlyList<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);
}

/// <summary>
/// Token streams of analysed texts, reused from one block to the next on one thread: the writer consumes a block's
/// fields before the next block is made. Making a token stream costs Lucene.Net 4.8 a reflective, globally locked
/// creation of its attributes, which a build would otherwise pay for every field of every record.
/// </summary>
public sealed class BlockStreams
{
    private readonly List<AnalyzedTokens> _streams = [];
    private int _next;

    internal void Reset() => _next = 0;

    internal AnalyzedTokens Next()
    {
        if (_next == _streams.Count) _streams.Add(new AnalyzedTokens());
        return _streams[_next++];
    }
}
