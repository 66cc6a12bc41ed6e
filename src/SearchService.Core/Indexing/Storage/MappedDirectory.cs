using Lucene.Net.Store;

namespace SearchService.Core.Indexing.Storage;

/// <summary>
/// A file-system directory whose inputs read memory-mapped files through raw pointers (<see cref="MappedInput"/>).
/// Writing, locking and syncing are <see cref="FSDirectory"/>'s own; only reading differs from Lucene.Net's
/// MMapDirectory, whose per-read handle bookkeeping made 2 threads search slower than 1 in beta00017.
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, new NativeFSLockFactory())
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var mapping = FileMapping.Map(file);
        return new MappedInput($"MappedInput(path=\"{file}\")", mapping, 0, mapping.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(this, (MappedInput)OpenInput(name, context));

    private sealed class Slicer(MappedDirectory directory, MappedInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            whole.Slice($"{whole} [slice={sliceDescription}]", offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => (IndexInput)whole.Clone();

        protected override void Dispose(bool disposing) => GC.KeepAlive(directory);
    }
}
