using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.TestSupport;

public sealed partial class TestIndex
{
    /// <summary>A positive <paramref name="postingsBatchRecords"/> makes the build group its postings in small
    /// batches, so a small corpus exercises the merge of many segments as a 100k build does.</summary>
    partial void Tune(ref IndexBuilder builder, int postingsBatchRecords)
    {
        if (postingsBatchRecords > 0) builder = new IndexBuilder { PostingsBatchRecords = postingsBatchRecords };
    }
}
