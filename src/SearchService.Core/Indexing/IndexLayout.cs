using System.Globalization;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index folder. Each build writes a new generation file (<c>search-000007.db</c>); the small file
/// <c>CURRENT</c> names the one in service and is replaced by an atomic rename, so a reader sees either the
/// old index or the new one, never a half-written file. Lucene's <c>segments_N</c> works the same way.
/// </summary>
public sealed class IndexLayout(string folder)
{
    private const string Pointer = "CURRENT";

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The generation file in service, or null when there is no index yet.</summary>
    public string? CurrentFile
    {
        get
        {
            var pointer = Path.Combine(Folder, Pointer);
            if (!File.Exists(pointer)) return null;
            var name = File.ReadAllText(pointer).Trim();
            if (name.Length == 0 || name.Contains('/') || name.Contains('\\')) return null;
            var path = Path.Combine(Folder, name);
            return File.Exists(path) ? path : null;
        }
    }

    public bool Exists => CurrentFile is not null;

    /// <summary>A fresh file name for the next build; nothing points at it until <see cref="Publish"/>.</summary>
    public string NextGenerationFile()
    {
        Directory.CreateDirectory(Folder);
        var next = GenerationFiles().Select(Generation).DefaultIfEmpty(0).Max() + 1;
        return Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"search-{next:D6}.db"));
    }

    /// <summary>
    /// Points CURRENT at a finished generation file, atomically. The generation it replaces stays on disk
    /// (requests that picked it up a moment ago still open it); older ones are removed.
    /// </summary>
    public void Publish(string generationFile)
    {
        var previous = CurrentFile;
        var temp = Path.Combine(Folder, Pointer + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(generationFile));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(Folder, Pointer), overwrite: true);
        RemoveStaleGenerations(keep: [generationFile, previous]);
    }

    /// <summary>Removes generation files other than those kept (and their WAL files), including those of killed builds.
    /// Readers that still hold one open keep reading it: on POSIX an unlinked file lives until its last handle closes.</summary>
    public void RemoveStaleGenerations(IReadOnlyCollection<string?> keep)
    {
        foreach (var file in GenerationFiles().Where(f => !keep.Contains(f)))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                try { File.Delete(file + suffix); }
                catch (IOException) { /* in use on a platform that locks; removed by a later build */ }
            }
        }
    }

    private IEnumerable<string> GenerationFiles() =>
        Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "search-*.db") : [];

    private static int Generation(string path) =>
        int.TryParse(Path.GetFileNameWithoutExtension(path).AsSpan("search-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
