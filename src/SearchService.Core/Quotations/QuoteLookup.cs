using Lucene.Net.Index;
using SearchService.Core.Documents;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Quotations;

/// <summary>A quotation by id on one searcher: its record, its group as a hit shows it, all of its occurrences.</summary>
internal static class QuoteLookup
{
    /// <summary>The quote record's doc id in the searcher's reader, or null when no live document has that quotation.</summary>
    public static int? Record(UnitSearcher searcher, QuoteId id)
    {
        if (SearchIndex.DocumentRecord(searcher, id.DocumentId) is not { } parent) return null;
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(parent, leaves)];
        var facets = searcher.Facets.Segments[leaf.Ord];
        var local = parent - leaf.DocBase;
        // A block's unit records come just before its document record.
        for (var doc = local - 1; doc >= 0 && facets.Parent[doc] == local; doc--)
            if (facets.Levels[doc] == SegmentFacets.LevelQuote && (int)(facets.Key[doc] & ((1 << 20) - 1)) - 1 == id.Index)
                return leaf.DocBase + doc;
        return null;
    }

    /// <summary>The group a quote hit carries, or null when its words are in no other document.</summary>
    public static QuoteGroupSummary? Summary(UnitSearcher searcher, int doc, Func<int, Document?> load)
    {
        if (searcher.QuoteGroups.Of(doc) is not { Documents: >= 2 } group) return null;
        var first = group.Members[0];
        if (load(first.Parent) is not { } document) return null;
        return new QuoteGroupSummary(new QuoteId(document.Id, first.Unit).ToString(), group.Documents, QuoteFirstSeen.Of(document));
    }

    public static QuoteOccurrences? Occurrences(UnitSearcher searcher, QuoteId id)
    {
        if (Record(searcher, id) is not { } doc) return null;
        var group = searcher.QuoteGroups.Of(doc);
        var members = group?.Members ?? [Member(searcher, doc)];
        var documents = new Dictionary<int, Document?>();
        var occurrences = new List<QuoteOccurrence>(members.Length);
        foreach (var member in members)
        {
            if (!documents.TryGetValue(member.Parent, out var document))
                documents[member.Parent] = document = StoredDocument.TryDecode(searcher.Doc(member.Parent, SearchIndex.JsonOnly).Get(IndexFields.Json));
            // A stored copy that no longer reads back has no text to show (stats counts it).
            if (document?.Quotes.FirstOrDefault(q => q.Index == member.Unit) is not { } quote) continue;
            occurrences.Add(new QuoteOccurrence(new QuoteId(document.Id, quote.Index).ToString(), quote.Text, quote.Speaker, quote.Paragraph,
                document.Id, document.Title, document.Date, document.Department, document.Url, ReadingLinks.For(document.Id)));
        }
        return new QuoteOccurrences(id.ToString(), occurrences.FirstOrDefault()?.Id ?? id.ToString(),
            members.Select(m => m.Parent).Distinct().Count(), occurrences);
    }

    private static QuoteMember Member(UnitSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var facets = searcher.Facets.Segments[leaf.Ord];
        var local = doc - leaf.DocBase;
        var key = facets.Key[local];
        return new QuoteMember(doc, leaf.DocBase + facets.Parent[local], (int)(key & ((1 << 20) - 1)) - 1, facets.Date[facets.Owner[local]], key);
    }
}
