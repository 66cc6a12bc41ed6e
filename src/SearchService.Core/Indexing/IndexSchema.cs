using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using SearchService.Core.Analysis;

namespace SearchService.Core.Indexing;

/// <summary>
/// What an index generation must say about itself, in its Lucene commit's user data: the schema version (checked on
/// open; an index of another version is rebuilt from its sources, never misread), when it was built, how many entries
/// of the additions log it holds, and the next document sequence number.
/// </summary>
public static class IndexSchema
{
    /// <summary>Bumped whenever a change makes older indexes unreadable by this program.</summary>
    /// <remarks>lucene-2: quote records carry their signature (<see cref="IndexFields.QuoteSignature"/>).</remarks>
    public const string Version = "lucene-2";

    public const string VersionKey = "schema";
    public const string BuiltAtKey = "builtAt";
    public const string AppliedKey = "additionsApplied";
    public const string NextSequenceKey = "nextSeq";

    /// <summary>The writers' analyzer: the press analyzer for text, whitespace for the pre-folded spell words, whole values
    /// for exact fields.</summary>
    public static Analyzer IndexAnalyzer { get; } = new PerFieldAnalyzerWrapper(PressAnalyzer.Stemming,
        IndexFields.KeywordFields.ToDictionary(f => f, Analyzer (_) => new KeywordAnalyzer())
            .Append(new KeyValuePair<string, Analyzer>(IndexFields.Spell, new WhitespaceAnalyzer(PressAnalyzer.Version)))
            .ToDictionary(kv => kv.Key, kv => kv.Value));

    /// <summary>Throws <see cref="IndexUnusableException"/> unless the commit was written by this schema version.</summary>
    public static void Verify(IDictionary<string, string> userData, string path)
    {
        var version = userData.TryGetValue(VersionKey, out var v) ? v : null;
        if (version != Version)
            throw new IndexUnusableException($"{path} has schema version {version ?? "none"}, this program reads version {Version}; rebuild it with `build`")
            {
                OtherSchemaVersion = true,
            };
    }

    public static IndexWriterConfig WriterConfig(OpenMode mode) => new(PressAnalyzer.Version, IndexAnalyzer)
    {
        OpenMode = mode,
        Similarity = LevelSimilarity.Instance,
    };
}

/// <summary>The index cannot be used as it is (missing, foreign, corrupt or of another schema version).</summary>
public sealed class IndexUnusableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>A healthy index written by another version of the program: rebuilding it from its sources loses nothing.</summary>
    public bool OtherSchemaVersion { get; init; }
}

/// <summary>Another process holds the index's writer (Lucene's write lock): the service while it runs, or another command.</summary>
public sealed class IndexLockedException(string folder, Exception inner)
    : Exception($"the index in {folder} is being written by another process (a running SearchService or another command holds its write lock); "
        + "add or delete documents through the service's POST/DELETE /api/documents, or stop it first", inner);
