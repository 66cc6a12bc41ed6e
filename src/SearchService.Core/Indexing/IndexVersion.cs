using Lucene.Net.Index;

namespace SearchService.Core.Indexing;

/// <summary>What a search of an index would see, named: for validators (ETags) of answers built from it.</summary>
public static class IndexVersion
{
    /// <summary>
    /// The generation and its current reader's version, which Lucene moves on with every commit and every near-real-time
    /// write or delete: two equal values mean the same searchable content. Taken from the searcher a request would get.
    /// </summary>
    public static string ContentVersion(this SearchIndex index)
    {
        using var lease = index.Acquire();
        var version = lease.Searcher.IndexReader is DirectoryReader reader ? reader.Version : 0;
        return $"{Path.GetFileName(index.Generation)}/{version}";
    }
}
