using Microsoft.Data.Sqlite;
using SearchService.Core.Indexing;

namespace SearchService.Core.Facets;

/// <summary>
/// Facet data of every unit held in memory as ordinal arrays (Lucene's doc values): one pass over the
/// matches counts all dimensions in C#, instead of one SQL GROUP BY per dimension re-running the MATCH.
/// Indexed by SQLite rowid; rowids are dense because builds insert in order.
/// </summary>
public sealed class FacetSnapshot
{
    public const string Department = "department";
    public const string Actor = "actor";
    public const string Nation = "nation";
    public const string Speaker = "speaker";
    public const string Date = "date";

    /// <summary>Per document rowid: yyyymmdd, or 0 when undated.</summary>
    public int[] DocDate { get; private init; } = [];
    public int[] DocDepartment { get; private init; } = [];
    public int[][] DocActors { get; private init; } = [];
    public int[][] DocNations { get; private init; } = [];
    public bool[] DocLive { get; private init; } = [];
    /// <summary>Per paragraph rowid: its document's rowid (0 = none).</summary>
    public int[] ParagraphDoc { get; private init; } = [];
    public int[] QuoteDoc { get; private init; } = [];
    public int[] QuoteSpeaker { get; private init; } = [];

    public required FacetValues Departments { get; init; }
    public required FacetValues Actors { get; init; }
    public required FacetValues Nations { get; init; }
    public required FacetValues Speakers { get; init; }
    public long Revision { get; private init; }

    private (int Min, int Max)? _years;
    private FlatOrdinals? _actorOrdinals, _nationOrdinals;

    /// <summary><see cref="DocActors"/> flattened for the per-match counting loop; built on first use (a reference write, so a race only builds it twice).</summary>
    public FlatOrdinals ActorOrdinals => _actorOrdinals ??= FlatOrdinals.From(DocActors);

    public FlatOrdinals NationOrdinals => _nationOrdinals ??= FlatOrdinals.From(DocNations);

    /// <summary>First and last year of any dated document (0, -1 when none): date facets count into a flat array over it.</summary>
    public (int Min, int Max) Years => _years ??= YearRange(DocDate);

    private static (int Min, int Max) YearRange(int[] dates)
    {
        int min = int.MaxValue, max = -1;
        foreach (var d in dates)
        {
            if (d <= 0) continue;
            min = Math.Min(min, d / 10000);
            max = Math.Max(max, d / 10000);
        }
        return max < 0 ? (0, -1) : (min, max);
    }

    public static FacetSnapshot Load(SqliteConnection connection)
    {
        var departments = new FacetValues();
        var actors = new FacetValues();
        var nations = new FacetValues();
        var speakers = new FacetValues();
        var maxDoc = connection.Scalar<long>("SELECT ifnull(max(rowid), 0) FROM documents");
        var date = new int[maxDoc + 1];
        var department = new int[maxDoc + 1];
        var live = new bool[maxDoc + 1];
        var actorLists = new List<int>[maxDoc + 1];
        var nationLists = new List<int>[maxDoc + 1];

        ForEach(connection, "SELECT rowid, date, department FROM documents", r =>
        {
            var row = r.GetInt32(0);
            live[row] = true;
            date[row] = r.IsDBNull(1) ? 0 : ParseDate(r.GetString(1));
            department[row] = r.IsDBNull(2) ? FacetValues.None : departments.Ordinal(r.GetString(2));
        });
        ForEach(connection, "SELECT doc, dim, value FROM doc_values", r =>
        {
            var row = r.GetInt32(0);
            var isActor = r.GetString(1) == Actor;
            var lists = isActor ? actorLists : nationLists;
            (lists[row] ??= []).Add((isActor ? actors : nations).Ordinal(r.GetString(2)));
        });

        var paragraphDoc = new int[connection.Scalar<long>("SELECT ifnull(max(rowid), 0) FROM paragraphs") + 1];
        ForEach(connection, "SELECT rowid, doc FROM paragraphs", r => paragraphDoc[r.GetInt32(0)] = r.GetInt32(1));
        var maxQuote = connection.Scalar<long>("SELECT ifnull(max(rowid), 0) FROM quotes");
        var quoteDoc = new int[maxQuote + 1];
        var quoteSpeaker = new int[maxQuote + 1];
        ForEach(connection, "SELECT rowid, doc, speaker FROM quotes", r =>
        {
            quoteDoc[r.GetInt32(0)] = r.GetInt32(1);
            quoteSpeaker[r.GetInt32(0)] = r.IsDBNull(2) ? FacetValues.None : speakers.Ordinal(r.GetString(2));
        });

        return new FacetSnapshot
        {
            DocDate = date,
            DocDepartment = department,
            DocLive = live,
            DocActors = actorLists.Select(l => l?.ToArray() ?? []).ToArray(),
            DocNations = nationLists.Select(l => l?.ToArray() ?? []).ToArray(),
            ParagraphDoc = paragraphDoc,
            QuoteDoc = quoteDoc,
            QuoteSpeaker = quoteSpeaker,
            Departments = departments,
            Actors = actors,
            Nations = nations,
            Speakers = speakers,
            Revision = connection.Scalar<long>("SELECT value FROM meta WHERE key = 'revision'"),
        };
    }

    private static int ParseDate(string iso) =>
        iso.Length >= 10 && int.TryParse(iso.AsSpan(0, 4), out var y) && int.TryParse(iso.AsSpan(5, 2), out var m) && int.TryParse(iso.AsSpan(8, 2), out var d)
            ? y * 10000 + m * 100 + d : 0;

    private static void ForEach(SqliteConnection connection, string sql, Action<SqliteDataReader> row)
    {
        using var command = connection.Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read()) row(reader);
    }
}

/// <summary>The distinct values of one dimension, each with a dense ordinal.</summary>
public sealed class FacetValues
{
    public const int None = -1;
    // Filters match case-insensitively: "ministry of defence" selects "Ministry of Defence".
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _values = [];

    public int Count => _values.Count;

    public string this[int ordinal] => _values[ordinal];

    public int Ordinal(string value)
    {
        if (_ordinals.TryGetValue(value, out var ordinal)) return ordinal;
        _ordinals[value] = _values.Count;
        _values.Add(value);
        return _values.Count - 1;
    }

    /// <summary>The ordinal of a value for filtering, or <see cref="None"/> when no unit has it.</summary>
    public int Find(string value) => _ordinals.TryGetValue(value, out var o) ? o : None;

    public IEnumerable<string> Values => _values;
}
