using Microsoft.Data.Sqlite;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Postings;

namespace SearchService.Core.Querying.Planning;

/// <summary>A unit of a level that matches: its rowid, its document's rowid, its speaker ordinal (quotes) and score.</summary>
public readonly record struct UnitMatch(long Row, int Doc, int Speaker, double Score);

/// <summary>
/// Runs a plan over two segments, as Lucene runs a query over segments: the units the build's postings cover
/// (rowid ≤ their boundary) are evaluated on our postings in C#, the units added since (the only ones FTS5 holds)
/// by FTS5 MATCH. In each, a text subtree becomes a sorted match set once; candidates come from the set
/// when the tree requires one, otherwise from every unit (pure filters, pure negations, OR of text and facets),
/// and every candidate is tested against the tree. Deleted units drop out through the facet snapshot.
/// </summary>
public sealed class PlanExecutor(SqliteConnection connection, LevelSchema level, FacetSnapshot snapshot, SearchIndex? index = null,
    CancellationToken deadline = default)
{
    private readonly Dictionary<(string, int), MatchSet> _explained = [];
    private readonly Dictionary<SearchLevel, (LevelPostings?, int)> _postings = [];
    private readonly Dictionary<string, HashSet<int>> _documentMatches = new(StringComparer.Ordinal);

    /// <summary>The matching units, ascending by segment then rowid. Not an iterator itself: with no live units the
    /// caller enumerates the postings segment directly, one enumerator layer fewer per match.</summary>
    public IEnumerable<UnitMatch> Run(QueryPlan plan)
    {
        var (levelPostings, boundary) = Postings(level);
        var live = Segment(plan, boundary + 1, int.MaxValue, f => Fts5Set(f.Text, boundary + 1, int.MaxValue, levelPostings));
        if (levelPostings is null || boundary <= 0) return live;
        var evaluator = new PostingsEvaluator(PostingsIndex.For(index!), levelPostings, connection, boundary, deadline: deadline);
        var built = Segment(plan, 1, boundary, f => evaluator.Evaluate(f.Text));
        // An FTS5 MATCH with a rowid bound still merges a prefix's whole doclist first (pro*: 40 ms for nothing), so
        // the live segment runs only when some unit was added since the build.
        return MaxUnitRow() <= boundary ? built : built.Concat(live);
    }

    // A level's postings and the last rowid they cover (null, 0 without postings: FTS5 holds every unit); read once
    // per executor, as explanations ask per hit and column.
    private (LevelPostings? Postings, int Boundary) Postings(LevelSchema schema)
    {
        if (_postings.TryGetValue(schema.Level, out var known)) return known;
        var levelPostings = index is null ? null : PostingsIndex.For(index).Level(connection, schema);
        var boundary = levelPostings is null ? 0 : (int)Math.Min(int.MaxValue, PostingsIndex.Boundary(connection, schema.Level));
        return _postings[schema.Level] = (levelPostings, boundary);
    }

    private IEnumerable<UnitMatch> Segment(QueryPlan plan, int from, int to, Func<FtsPlan, MatchSet> evaluate)
    {
        var segment = new PlanSegment(plan, evaluate);
        try
        {
            if (plan is FtsPlan only)
            {
                // The common case, one MATCH: stream its set without testing the tree per unit.
                var set = segment.Set(only);
                for (var i = 0; i < set.Count; i++)
                {
                    var row = set.Rows[i];
                    var (doc, speaker) = Unit(row);
                    if (Live(doc)) yield return new UnitMatch(row, doc, speaker, set.Scores[i]);
                }
                yield break;
            }
            if (plan is AndPlan and && TextWithFilters(and) is var (text, filters) && text is not null)
            {
                // Words AND facet filters (field-filter, date-range): walk the one set, test the filters' delegates.
                // Same answer as testing the tree (filters add 0 to the score), without a type switch per clause per candidate.
                var set = segment.Set(text);
                for (var i = 0; i < set.Count; i++)
                {
                    var row = set.Rows[i];
                    var (doc, speaker) = Unit(row);
                    if (!Live(doc) || !All(filters, doc, speaker)) continue;
                    yield return new UnitMatch(row, doc, speaker, set.Scores[i]);
                }
                yield break;
            }
            foreach (var row in segment.Candidates(plan, from, Math.Min(to, RowCount() - 1)))
            {
                var (doc, speaker) = Unit(row);
                if (!Live(doc)) continue;
                if (segment.Test(plan, row, doc, speaker, this, out var score)) yield return new UnitMatch(row, doc, speaker, score);
            }
        }
        finally
        {
            segment.Dispose();
        }
    }

    private long MaxUnitRow() => connection.Scalar<long>($"SELECT ifnull(max(rowid), 0) FROM {level.UnitTable}");

    // An AND of exactly one text clause and facet predicates, or (null, []) for any other shape.
    private static (FtsPlan? Text, Func<int, int, bool>[] Filters) TextWithFilters(AndPlan and)
    {
        FtsPlan? text = null;
        var filters = new List<Func<int, int, bool>>(and.Clauses.Count);
        foreach (var clause in and.Clauses)
        {
            switch (clause)
            {
                case FtsPlan f when text is null: text = f; break;
                case PredicatePlan p: filters.Add(p.Test); break;
                default: return (null, []);
            }
        }
        return (text, filters.ToArray());
    }

    private static bool All(Func<int, int, bool>[] filters, int doc, int speaker)
    {
        foreach (var filter in filters)
            if (!filter(doc, speaker)) return false;
        return true;
    }

    private bool Live(int doc) => doc > 0 && doc < snapshot.DocLive.Length && snapshot.DocLive[doc];

    private (int Doc, int Speaker) Unit(long row) => level.Level switch
    {
        SearchLevel.Paragraphs => (row < snapshot.ParagraphDoc.Length ? snapshot.ParagraphDoc[row] : 0, FacetValues.None),
        SearchLevel.Quotes => row < snapshot.QuoteDoc.Length ? (snapshot.QuoteDoc[row], snapshot.QuoteSpeaker[row]) : (0, FacetValues.None),
        _ => ((int)row, FacetValues.None),
    };

    private int RowCount() => level.Level switch
    {
        SearchLevel.Paragraphs => snapshot.ParagraphDoc.Length,
        SearchLevel.Quotes => snapshot.QuoteDoc.Length,
        _ => snapshot.DocLive.Length,
    };

    // FTS5 MATCH over rowids [from, to], ascending. With postings, the live units are scored on their statistics
    // (LiveScorer); an index without postings (everything in FTS5) keeps FTS5's own bm25.
    private MatchSet Fts5Set(TextExpr text, int from, int to, LevelPostings? levelPostings)
    {
        var rows = new List<(int Row, float Score)>();
        using (var command = connection.Command(
            $"SELECT rowid, -bm25({level.Table}, {level.Weights}) FROM {level.Table} WHERE {level.Table} MATCH $q AND rowid >= $from AND rowid <= $to",
            ("$q", Fts5Text.Write(text)), ("$from", from), ("$to", to)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) rows.Add(((int)reader.GetInt64(0), (float)reader.GetDouble(1)));
        }
        rows.Sort((a, b) => a.Row.CompareTo(b.Row));
        var scores = levelPostings is null ? null : new LiveScorer(connection, levelPostings, from, deadline: deadline).Score(text, rows.Select(r => r.Row).ToList());
        var set = new MatchSet(rows.Count);
        for (var i = 0; i < rows.Count; i++) set.Add(rows[i].Row, scores?[i] ?? rows[i].Score);
        return set;
    }

    /// <summary>
    /// The score a text clause gives one unit, with all its fields or with only <paramref name="onlyField"/> (for
    /// explanations); null when the clause does not match it. Scores are per-field BM25 summed (postings for built
    /// units, <see cref="LiveScorer"/> for later ones), so the fields' parts add up to the whole.
    /// </summary>
    public double? ClauseScore(FtsPlan clause, long row, int? onlyField = null)
    {
        var (levelPostings, boundary) = Postings(level);
        if (levelPostings is not null && row <= boundary)
        {
            var key = (clause.Expression, onlyField ?? -1);
            if (!_explained.TryGetValue(key, out var set))
            {
                var mask = onlyField is { } f ? 1 << f : -1;
                _explained[key] = set = new PostingsEvaluator(PostingsIndex.For(index!), levelPostings, connection, boundary, mask, deadline).Evaluate(clause.Text);
            }
            var at = Array.BinarySearch(set.Rows, 0, set.Count, (int)row);
            return at >= 0 ? set.Scores[at] : null;
        }
        var weights = string.Join(", ", level.Columns.Select((c, i) => (onlyField is null || onlyField == i ? c.Weight : 0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
        using var command = connection.Command(
            $"SELECT -bm25({level.Table}, {weights}) FROM {level.Table} WHERE {level.Table} MATCH $q AND rowid = $r",
            ("$q", clause.Expression), ("$r", row));
        if (command.ExecuteScalar() is not double fts5Score) return null;
        if (levelPostings is null) return fts5Score;
        var scoreFields = onlyField is { } only ? 1 << only : -1;
        return new LiveScorer(connection, levelPostings, (int)row, scoreFields, deadline).Score(clause.Text, [(int)row])[0];
    }

    /// <summary>The documents a document-level text clause matches (<c>summary:</c> asked of paragraphs or quotes).</summary>
    internal HashSet<int> DocumentMatch(DocumentFtsPlan clause)
    {
        if (_documentMatches.TryGetValue(clause.Expression, out var cached)) return cached;
        var docs = new HashSet<int>();
        var (documentPostings, boundary) = Postings(LevelSchema.Documents);
        if (documentPostings is not null && boundary > 0)
        {
            using var set = new PostingsEvaluator(PostingsIndex.For(index!), documentPostings, connection, boundary, deadline: deadline).Evaluate(clause.Text);
            for (var i = 0; i < set.Count; i++) docs.Add(set.Rows[i]);
        }
        using var command = connection.Command("SELECT rowid FROM doc_fts WHERE doc_fts MATCH $q AND rowid > $b", ("$q", clause.Expression), ("$b", boundary));
        using var reader = command.ExecuteReader();
        while (reader.Read()) docs.Add(reader.GetInt32(0));
        return _documentMatches[clause.Expression] = docs;
    }
}
