using Lucene.Net.Store;

namespace SearchService.Core.Indexing;

/// <summary>Opens the Lucene directory of a generation folder: the one place the directory implementation is chosen.</summary>
internal static class IndexStorage
{
    public static FSDirectory Open(string generation) => FSDirectory.Open(new DirectoryInfo(generation));
}
