using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Vocabulary;

/// <summary>
/// The index's surface words (folded, unstemmed) with their document frequencies, in memory and sorted, so
/// prefix ranges, fuzzy expansion and spelling suggestions never touch SQLite.
/// </summary>
public sealed class Lexicon
{
    private readonly string[] _words;
    private readonly int[] _frequencies;
    private readonly Dictionary<string, int> _index;

    public Lexicon(IEnumerable<(string Word, int Frequency)> entries)
    {
        var sorted = entries.OrderBy(e => e.Word, StringComparer.Ordinal).ToArray();
        _words = sorted.Select(e => e.Word).ToArray();
        _frequencies = sorted.Select(e => e.Frequency).ToArray();
        _index = new Dictionary<string, int>(_words.Length, StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++) _index[_words[i]] = i;
    }

    public static Lexicon Load(SqliteConnection connection)
    {
        var entries = new List<(string, int)>();
        using var command = connection.Command("SELECT term, freq FROM terms");
        using var reader = command.ExecuteReader();
        while (reader.Read()) entries.Add((reader.GetString(0), reader.GetInt32(1)));
        return new Lexicon(entries);
    }

    public int Count => _words.Length;

    /// <summary>Document frequency of a folded word; 0 when the index does not have it.</summary>
    public int Frequency(string folded) => _index.TryGetValue(folded, out var i) ? _frequencies[i] : 0;

    public IEnumerable<(string Word, int Frequency)> Entries => _words.Select((w, i) => (w, _frequencies[i]));

    /// <summary>Words starting with a folded prefix, in order.</summary>
    public IEnumerable<(string Word, int Frequency)> WithPrefix(string folded)
    {
        var i = Array.BinarySearch(_words, folded, StringComparer.Ordinal);
        if (i < 0) i = ~i;
        for (; i < _words.Length && _words[i].StartsWith(folded, StringComparison.Ordinal); i++) yield return (_words[i], _frequencies[i]);
    }

    /// <summary>Words within <paramref name="maxEdits"/> edits (Damerau: a swap is one edit) of <paramref name="word"/>,
    /// closest first, then most frequent: FuzzyQuery's term expansion, over an in-memory vocabulary.</summary>
    public IReadOnlyList<(string Word, int Distance, int Frequency)> Near(string word, int maxEdits, int limit)
    {
        var folded = SurfaceWords.Fold(word);
        var found = new List<(string, int, int)>();
        for (var i = 0; i < _words.Length; i++)
        {
            var candidate = _words[i];
            if (Math.Abs(candidate.Length - folded.Length) > maxEdits) continue;
            var distance = EditDistance.Within(folded, candidate, maxEdits);
            if (distance >= 0) found.Add((candidate, distance, _frequencies[i]));
        }
        return found.OrderBy(f => f.Item2).ThenByDescending(f => f.Item3).ThenBy(f => f.Item1, StringComparer.Ordinal).Take(limit).ToList();
    }
}
