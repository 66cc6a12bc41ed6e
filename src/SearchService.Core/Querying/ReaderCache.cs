using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Suggesting;
using SearchService.Core.Querying.Vocabulary;

namespace SearchService.Core.Querying;

/// <summary>
/// What the query side keeps in memory per opened index, rebuilt when a writer bumps the revision, exactly
/// like the facet snapshot: the surface vocabulary and the suggestion array.
/// </summary>
public static class ReaderCache
{
    private sealed record Entry(long Revision, Lexicon Lexicon, Lazy<Suggester> Suggester);

    private static readonly ConditionalWeakTable<SearchIndex, StrongBox<Entry?>> Entries = new();

    public static Lexicon Lexicon(SearchIndex index, SqliteConnection reader) => Get(index, reader).Lexicon;

    public static Suggester Suggester(SearchIndex index, SqliteConnection reader) => Get(index, reader).Suggester.Value;

    private static Entry Get(SearchIndex index, SqliteConnection reader)
    {
        var snapshot = index.Snapshot(reader);
        var box = Entries.GetValue(index, _ => new StrongBox<Entry?>());
        var current = box.Value;
        if (current is not null && current.Revision == snapshot.Revision) return current;
        lock (box)
        {
            if (box.Value is { } fresh && fresh.Revision == snapshot.Revision) return fresh;
            var lexicon = Vocabulary.Lexicon.Load(reader);
            var titles = Titles(reader);
            box.Value = new Entry(snapshot.Revision, lexicon, new Lazy<Suggester>(() => new Suggester(snapshot, titles, lexicon)));
            return box.Value;
        }
    }

    private static List<string> Titles(SqliteConnection reader)
    {
        var titles = new List<string>();
        using var command = reader.Command("SELECT title FROM documents");
        using var r = command.ExecuteReader();
        while (r.Read()) titles.Add(r.GetString(0));
        return titles;
    }
}
