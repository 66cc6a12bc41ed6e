using Lucene.Net.Store;
using SearchService.Core.Indexing.Storage;

namespace SearchService.Core.Indexing;

/// <summary>
/// Opens the Lucene directory of a generation folder: the one place the directory implementation is chosen. Where
/// mmap(2) exists (Linux, macOS), <see cref="MappedDirectory"/>; elsewhere Lucene's own choice.
/// </summary>
internal static class IndexStorage
{
    public static FSDirectory Open(string generation) =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()
            ? new MappedDirectory(new DirectoryInfo(generation))
            : FSDirectory.Open(new DirectoryInfo(generation));
}
