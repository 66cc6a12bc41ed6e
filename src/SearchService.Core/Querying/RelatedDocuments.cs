using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchService.Core.Analysis;
using SearchService.Core.Enrichment;
using SearchService.Core.Indexing;
using Document = SearchService.Core.Documents.Document;

namespace SearchService.Core.Querying;

/// <summary>
/// The releases most like one document (<c>GET /api/documents/{id}/related</c>): Lucene's <see cref="MoreLikeThis"/>
/// picks the document's most telling words (frequent in it, rare in the index) for each text field of the document
/// level, title, summary and body, and the fields' queries are summed with search's weights. Only document records
/// hold those fields, so paragraphs and quotations never match. The document itself and its listing twins
/// (<see cref="ListingTwins"/>) are left out, and so is a twin of a release already listed. Hits have search's
/// document-hit shape.
/// </summary>
public sealed class RelatedDocuments(SearchIndex index)
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;

    /// <summary>Words per field: enough for a release's topic words, its people and places.</summary>
    private const int WordsPerField = 25;

    public IReadOnlyList<SearchHit> Find(Document document, int count)
    {
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        if (LikeQuery(searcher, document) is not { } query) return [];
        var kept = new List<(ScoreDoc Hit, Document Document)>();
        // Twins are few: one look past the page is nearly always enough; look further while the page is short.
        for (var wanted = 2 * count + 8; ; wanted *= 4)
        {
            var top = searcher.Search(query, wanted);
            kept.Clear();
            foreach (var hit in top.ScoreDocs)
            {
                var candidate = StoredDocument.TryDecode(searcher.Doc(hit.Doc, SearchIndex.JsonOnly).Get(IndexFields.Json));
                if (candidate is null || ListingTwins.AreTwins(document, candidate) || kept.Exists(k => ListingTwins.AreTwins(k.Document, candidate))) continue;
                kept.Add((hit, candidate));
                if (kept.Count == count) break;
            }
            if (kept.Count == count || top.TotalHits <= wanted) break;
        }
        var units = kept.Select(k => new UnitHit(k.Hit.Score, 0, 0, k.Hit.Doc, k.Hit.Doc)).ToList();
        return new HitBuilder(searcher, new SearchRequest(), highlight: null).BuildAll(units);
    }

    private static BooleanQuery? LikeQuery(UnitSearcher searcher, Document document)
    {
        var documents = Math.Max(1, searcher.Facets.LiveDocuments);
        // The whole text's words for every field: a title's few words alone say little of which title words matter.
        var text = string.Join('\n', document.Title, document.Summary ?? "", StoredDocument.Body(document));
        var like = new BooleanQuery();
        foreach (var field in LevelFields.Documents.Fields)
        {
            var moreLikeThis = new MoreLikeThis(searcher.IndexReader, new DocumentLevelIdf(documents))
            {
                Analyzer = PressAnalyzer.Stemming,
                FieldNames = [field.Field],
                MinTermFreq = 1,
                // A word no other document has finds nothing; one most documents have ("the", "government") says nothing.
                MinDocFreq = 2,
                MaxDocFreq = Math.Max(2, documents / 2),
                MinWordLen = 2,
                MaxQueryTerms = WordsPerField,
                ApplyBoost = true,
            };
            var fieldQuery = moreLikeThis.Like(new StringReader(text), field.Field);
            if (fieldQuery is not BooleanQuery { Clauses.Count: > 0 }) continue;
            fieldQuery.Boost = field.Boost;
            like.Add(fieldQuery, Occur.SHOULD);
        }
        if (like.Clauses.Count == 0) return null;
        return new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Doc, document.Id)), Occur.MUST_NOT },
        };
    }

    /// <summary>
    /// MoreLikeThis weighs a word by its idf over the reader's records, and this index holds about ten paragraph and
    /// quotation records per document: counted over documents instead, a word's weight is what the document level says.
    /// </summary>
    private sealed class DocumentLevelIdf(int documents) : DefaultSimilarity
    {
        public override float Idf(long docFreq, long numDocs) => base.Idf(docFreq, documents);
    }
}
