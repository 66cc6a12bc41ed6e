using System.Diagnostics;
using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>A real index in a temp folder, built by the real builder from files; deleted on dispose.</summary>
public sealed partial class TestIndex : IDisposable
{
    private static readonly JsonSerializerOptions OneLine = new(JsonSerializerDefaults.Web);

    private TestIndex(string root)
    {
        Root = root;
        Sources = Path.Combine(root, "sources");
        IndexFolder = Path.Combine(root, "index");
        Directory.CreateDirectory(Sources);
    }

    public string Root { get; }
    public string Sources { get; }
    public string IndexFolder { get; }
    private SearchIndex? _index;

    /// <summary>The index opened for writing (Lucene's write lock), on first use: a service started over the folder
    /// instead takes the writer itself.</summary>
    public SearchIndex Index => _index ??= SearchIndex.Open(IndexFolder, writable: true);

    /// <summary>The index, opened read-only from its folder (a second reader, as the command line opens it).</summary>
    public SearchIndex OpenReadOnly() => SearchIndex.Open(IndexFolder);

    /// <summary>The two seed files plus a JSON Lines file of <paramref name="documents"/>.</summary>
    public static TestIndex SeedsPlus(IEnumerable<Document> documents)
    {
        var index = new TestIndex(NewTempFolder());
        foreach (var seed in Directory.GetFiles(Repository.Seeds)) File.Copy(seed, Path.Combine(index.Sources, Path.GetFileName(seed)));
        File.WriteAllLines(Path.Combine(index.Sources, "extra.jsonl"), documents.Select(d => JsonSerializer.Serialize(d, OneLine)));
        return index.Build();
    }

    /// <summary>A gen-corpus.py corpus of <paramref name="docs"/> documents; null (with the reason) when python3 or ../shared is missing.</summary>
    public static (TestIndex? Index, string Jsonl, string Reason) GeneratedCorpus(int docs, int seed, bool manySegments = false)
    {
        var generator = Path.Combine(Repository.Shared, "tools", "gen-corpus.py");
        if (!File.Exists(generator)) return (null, "", $"needs ../shared/tools/gen-corpus.py beside the repository (not found at {generator})");
        var index = new TestIndex(NewTempFolder());
        var jsonl = Path.Combine(index.Sources, "corpus.jsonl");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", [generator, "--docs", docs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", jsonl, "--jobs", "1"])
            { RedirectStandardError = true, UseShellExecute = false })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) return (null, "", $"gen-corpus.py exited with {process.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            index.Dispose();
            return (null, "", "needs python3 on PATH to generate the corpus");
        }
        return (index.Build(manySegments), jsonl, "");
    }

    private TestIndex Build(bool manySegments = false)
    {
        var builder = new IndexBuilder();
        Tune(ref builder, manySegments);
        builder.Build([Sources], IndexFolder);
        return this;
    }

    // Core.Tests sets the builder's internal knobs (TestIndex.Tuning.cs); projects that link this file without
    // access to Core's internals build with the defaults.
    partial void Tune(ref IndexBuilder builder, bool manySegments);

    private static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "searchservice-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        _index?.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
