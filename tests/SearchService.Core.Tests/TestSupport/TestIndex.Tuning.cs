using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.TestSupport;

public sealed partial class TestIndex
{
    /// <summary><paramref name="manySegments"/>: a small RAM buffer and no final merge, so that a small corpus is searched
    /// across many segments (facet ordinals mapped per segment, cursors across segments) as a live index is.</summary>
    partial void Tune(ref IndexBuilder builder, bool manySegments)
    {
        if (manySegments) builder = new IndexBuilder { RamBufferMB = 1, MergeToOneSegment = false };
    }
}
