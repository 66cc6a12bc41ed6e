using System.Globalization;

namespace SearchService.Core.Indexing;

/// <summary>
/// The index folder. Each build writes a new generation folder (<c>gen-000007/</c>, a Lucene index); the small file
/// <c>CURRENT</c> names the one in service and is replaced by an atomic rename, so a reader sees either the old index
/// or the new one, never a half-written one. <c>additions.jsonl</c> beside them logs every document added or deleted
/// through <c>add</c>/<c>delete</c> or the API, which every build reads after its sources.
/// </summary>
public sealed class IndexLayout(string folder)
{
    private const string Pointer = "CURRENT";
    private const string Prefix = "gen-";

    public string Folder { get; } = Path.GetFullPath(folder);

    public string AdditionsLog => Path.Combine(Folder, "additions.jsonl");

    /// <summary>What CURRENT names, or null when there is no CURRENT.</summary>
    public string? CurrentName
    {
        get
        {
            var pointer = Path.Combine(Folder, Pointer);
            if (!File.Exists(pointer)) return null;
            try { return File.ReadAllText(pointer).Trim(); }
            catch (IOException) { return null; }
        }
    }

    /// <summary>When CURRENT was last replaced (a cheap way to notice a new build).</summary>
    public DateTime PointerWritten => File.GetLastWriteTimeUtc(Path.Combine(Folder, Pointer));

    /// <summary>The generation folder in service, or null when there is no index yet.</summary>
    public string? CurrentGeneration
    {
        get
        {
            var name = CurrentName;
            if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\')) return null;
            var path = Path.Combine(Folder, name);
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>CURRENT names a file of the engine before Lucene (<c>search-000002.db</c>).</summary>
    public bool HoldsPreviousEngine => CurrentName is { } name && name.StartsWith("search-", StringComparison.Ordinal) && name.EndsWith(".db", StringComparison.Ordinal);

    public bool Exists => CurrentGeneration is not null;

    /// <summary>A fresh, empty generation folder for the next build; nothing points at it until <see cref="Publish"/>.</summary>
    public string NextGeneration()
    {
        Directory.CreateDirectory(Folder);
        var next = Generations().Select(Number).DefaultIfEmpty(0).Max() + 1;
        var path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{next:D6}"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Points CURRENT at a finished generation, atomically. The generation it replaces stays on disk (a service may still
    /// be reading it for a moment); older ones, folders of killed builds and files of the previous engine are removed.
    /// </summary>
    public void Publish(string generation)
    {
        var previous = CurrentGeneration;
        var temp = Path.Combine(Folder, Pointer + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Path.GetFileName(generation));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(Folder, Pointer), overwrite: true);
        RemoveStale(keep: [Path.GetFullPath(generation), previous]);
    }

    /// <summary>Removes generation folders other than those kept. On POSIX, open files of a removed folder stay readable
    /// by whoever holds them until closed.</summary>
    public void RemoveStale(IReadOnlyCollection<string?> keep)
    {
        foreach (var generation in Generations().Where(g => !keep.Contains(g)))
        {
            try { Directory.Delete(generation, recursive: true); }
            catch (IOException) { /* in use on a platform that locks; removed by a later build */ }
            catch (UnauthorizedAccessException) { }
        }
        foreach (var legacy in Directory.EnumerateFiles(Folder, "search-*.db*"))
        {
            try { File.Delete(legacy); } catch (IOException) { }
        }
    }

    private IEnumerable<string> Generations() =>
        Directory.Exists(Folder) ? Directory.EnumerateDirectories(Folder, Prefix + "*").Select(Path.GetFullPath) : [];

    private static int Number(string path) =>
        int.TryParse(Path.GetFileName(path).AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
