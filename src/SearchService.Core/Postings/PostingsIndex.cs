using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Planning;
using SQLitePCL;

namespace SearchService.Core.Postings;

/// <summary>
/// The postings of one opened index file: each level's dictionary and norms load on the first search of that
/// level (so start-up stays as fast as before), and decoded term postings share one bounded cache.
/// </summary>
internal sealed class PostingsIndex
{
    /// <summary>Decoded postings kept in memory across searches (about a tenth of the 100k index's hot terms at most).</summary>
    public const long CacheBytes = 384L * 1024 * 1024;

    private static readonly ConditionalWeakTable<SearchIndex, PostingsIndex> Opened = new();

    private readonly Lock _lock = new();
    private readonly LevelPostings?[] _levels = new LevelPostings?[PostingsSchema.Levels.Length];
    private bool? _exists;

    public PostingsCache Cache { get; } = new(CacheBytes);

    public static PostingsIndex For(SearchIndex index) => Opened.GetValue(index, _ => new PostingsIndex());

    /// <summary>The level's postings, or null when this file has none (then FTS5 serves everything).</summary>
    public LevelPostings? Level(SqliteConnection connection, LevelSchema level)
    {
        var slot = (int)level.Level;
        if (_levels[slot] is { } loaded) return loaded;
        lock (_lock)
        {
            _exists ??= PostingsSchema.Exists(connection);
            if (_exists == false) return null;
            return _levels[slot] ??= LevelPostings.Load(connection, level);
        }
    }

    public TermPostings Term(SqliteConnection connection, LevelPostings level, int term) =>
        Cache.GetOrAdd(level.Ids[term], () => TermPostings.Read(Handle(connection), level.Ids[term], level.Df[term], level.Fields));

    public byte[] Positions(SqliteConnection connection, TermPostings postings)
    {
        if (postings.LoadedPositions is { } loaded) return loaded;
        var positions = postings.Positions(Handle(connection));
        Cache.Grew(positions.Length);
        return positions;
    }

    private static sqlite3 Handle(SqliteConnection connection) => connection.Handle ?? throw new InvalidOperationException("connection is not open");

    /// <summary>The last unit rowid the postings cover in this reader's snapshot (0: none).</summary>
    public static long Boundary(SqliteConnection connection, SearchLevel level) => PostingsSchema.MaxRow(connection, level);
}
