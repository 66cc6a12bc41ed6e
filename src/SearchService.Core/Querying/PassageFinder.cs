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

    /// <summary>For each document record (by doc id), the index of its best-matching paragraph, or −1 when none matches.
    /// Documents are visited in doc-id order, so each segment's scorer only moves forward: one scorer per segment, not per hit.</summary>
    public Dictionary<int, int> BestParagraphs(IEnumerable<int> parents)
    {
        var best = new Dictionary<int, int>();
        var leaves = searcher.IndexReader.Leaves;
        Scorer? scorer = null;
        var leaf = -1;
        var at = -1;
        foreach (var parent in parents.Distinct().Order())
        {
            best[parent] = -1;
            if (paragraphs is null) continue;
            var next = ReaderUtil.SubIndex(parent, leaves);
            if (next != leaf)
            {
                leaf = next;
                scorer = paragraphs.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
                at = -1;
            }
            if (scorer is null) continue;
            var segment = searcher.Facets.Segments[leaf];
            var local = parent - leaves[leaf].DocBase;
            var first = local == 0 ? 0 : segment.Parents.PrevSetBit(local - 1) + 1;
            if (at < first) at = scorer.Advance(first);
            var bestScore = float.NegativeInfinity;
            for (; at < local; at = scorer.NextDoc())
            {
                if (segment.Levels[at] != SegmentFacets.LevelParagraph) continue;
                var score = scorer.GetScore();
                if (score > bestScore)
                {
                    bestScore = score;
                    best[parent] = (int)(segment.Key[at] & ((1 << 20) - 1)) - 1;
                }
            }
        }
        return best;
    }
}
