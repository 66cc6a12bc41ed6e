using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Syntax;

namespace SearchService.Core.Querying;

/// <summary>
/// For a document hit, the paragraph its snippet should come from: the query is run again at paragraph level over the
/// document's own paragraphs, which sit just before its record in the block, and the best-scoring one wins. The
/// highlighter then analyses that paragraph (and its successor, so a window can run on), not the whole release.
/// </summary>
internal sealed class PassageFinder(UnitSearcher searcher, Weight? paragraphs)
{
    public static PassageFinder Create(UnitSearcher searcher, string query)
    {
        Weight? weight = null;
        try
        {
            var parsed = PressQueryParser.Parse(query, SearchLevel.Paragraphs, searcher.Facets);
            if (!parsed.MatchesAll) weight = searcher.CreateNormalizedWeight(parsed.Query);
        }
        catch (QuerySyntaxException)
        {
            // The query parsed at document level; a paragraph-level problem only loses the passage choice.
        }
        return new PassageFinder(searcher, weight);
    }

    /// <summary>The index of the document's best-matching paragraph, or −1 when none matches.</summary>
    public int BestParagraph(int parent)
    {
        if (paragraphs is null) return -1;
        var leaves = searcher.IndexReader.Leaves;
        var leaf = ReaderUtil.SubIndex(parent, leaves);
        var context = leaves[leaf];
        var segment = searcher.Facets.Segments[leaf];
        var local = parent - context.DocBase;
        var first = local == 0 ? 0 : segment.Parents.PrevSetBit(local - 1) + 1;
        var scorer = paragraphs.GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is null) return -1;
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var doc = scorer.Advance(first); doc < local; doc = scorer.NextDoc())
        {
            if (segment.Levels[doc] != SegmentFacets.LevelParagraph) continue;
            var score = scorer.GetScore();
            if (score > bestScore)
            {
                bestScore = score;
                best = (int)(segment.Key[doc] & ((1 << 20) - 1)) - 1;
            }
        }
        return best;
    }
}
