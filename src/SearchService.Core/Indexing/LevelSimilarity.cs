using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchService.Core.Indexing;

/// <summary>
/// BM25 (k1 1.2, b 0.75) with each field's own document count where Lucene 4.8 uses the whole index's maxDoc: the
/// index holds three levels of record, and a paragraph field's idf and average length must come from paragraphs
/// alone, not from paragraphs diluted by the documents and quotes around them. Later Lucene versions made the same
/// change (docCount in BM25's idf and average field length). Set on the writer (norms are encoded at index time)
/// and on every searcher: 4.8's default is TF-IDF.
/// </summary>
public sealed class LevelSimilarity : BM25Similarity
{
    public static LevelSimilarity Instance { get; } = new();

    private static long Documents(CollectionStatistics statistics) => statistics.DocCount > 0 ? statistics.DocCount : statistics.MaxDoc;

    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)Documents(collectionStats));

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var docCount = Documents(collectionStats);
        return new Explanation(Idf(termStats.DocFreq, docCount), $"idf(docFreq={termStats.DocFreq}, docCount={docCount})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var docCount = Documents(collectionStats);
        var idf = new Explanation { Description = "idf(), sum of:" };
        float sum = 0;
        foreach (var stat in termStats)
        {
            var term = Idf(stat.DocFreq, docCount);
            idf.AddDetail(new Explanation(term, $"idf(docFreq={stat.DocFreq}, docCount={docCount})"));
            sum += term;
        }
        idf.Value = sum;
        return idf;
    }
}
