using Microsoft.Data.Sqlite;
using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Postings;

/// <summary>
/// Picks, for a document-level hit, the passage its snippet should come from, so the highlighter tokenizes one or
/// two paragraphs instead of the whole release (that was 60% of a document search). The paragraph postings say
/// how often each query word occurs in each paragraph, and the document postings the same for the summary; the
/// unit with the most distinct query words (then the most occurrences) wins, and its successor is added so a
/// 30-word window can run on. Phrases and marks stay FTS5's: the highlighter still marks the chosen text.
/// </summary>
public sealed class PassageChooser
{
    private const int MaxPrefixTerms = 16;
    private readonly SqliteConnection _connection;
    private readonly List<(TermPostings? Paragraph, TermPostings? Document)> _terms = [];
    private readonly int _paragraphBoundary, _documentBoundary, _bodyField, _summaryField, _paragraphFields, _documentFields;

    private PassageChooser(SqliteConnection connection, LevelPostings paragraphs, LevelPostings documents)
    {
        _connection = connection;
        _paragraphBoundary = (int)PostingsIndex.Boundary(connection, SearchLevel.Paragraphs);
        _documentBoundary = (int)PostingsIndex.Boundary(connection, SearchLevel.Documents);
        _bodyField = Field(paragraphs, "body");
        _summaryField = Field(documents, "summary");
        _paragraphFields = paragraphs.Fields;
        _documentFields = documents.Fields;
    }

    /// <summary>A chooser for a query's phrases, or null when the index has no postings (the whole text is highlighted).</summary>
    public static PassageChooser? Create(SearchIndex index, SqliteConnection connection, IReadOnlyList<TextPhrase> phrases)
    {
        var postings = PostingsIndex.For(index);
        if (phrases.Count == 0 || postings.Level(connection, LevelSchema.Paragraphs) is not { } paragraphs
            || postings.Level(connection, LevelSchema.Documents) is not { } documents) return null;
        var chooser = new PassageChooser(connection, paragraphs, documents);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var tokens = QueryAnalyzer.Tokens(phrase.Text);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (phrase.Prefix && i == tokens.Length - 1)
                {
                    var (start, end) = paragraphs.PrefixRange(tokens[i]);
                    for (var t = start; t < Math.Min(end, start + MaxPrefixTerms); t++) words.Add(paragraphs.Terms[t]);
                }
                else words.Add(tokens[i]);
            }
        }
        foreach (var word in words)
        {
            int p = paragraphs.Find(word), d = documents.Find(word);
            chooser._terms.Add((p < 0 ? null : postings.Term(connection, paragraphs, p), d < 0 ? null : postings.Term(connection, documents, d)));
        }
        return chooser;
    }

    /// <summary>The text to highlight for document <paramref name="row"/>, or null to highlight all of it.</summary>
    public string? Passage(Document document, int row)
    {
        if (row > _documentBoundary || _terms.Count == 0) return null;
        var units = new List<(string Text, long Score)>();
        if (!string.IsNullOrWhiteSpace(document.Summary)) units.Add((document.Summary, Score(row, summary: true)));
        var texts = document.Paragraphs.ToDictionary(p => p.Index, p => p.Text);
        using (var command = _connection.Command("SELECT rowid, idx FROM paragraphs WHERE doc = $d ORDER BY rowid", ("$d", row)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var paragraphRow = reader.GetInt64(0);
                if (paragraphRow > _paragraphBoundary) return null;
                units.Add((texts.GetValueOrDefault(reader.GetInt32(1), ""), Score((int)paragraphRow, summary: false)));
            }
        }
        var best = -1;
        for (var i = 0; i < units.Count; i++)
            if (units[i].Score > 0 && (best < 0 || units[i].Score > units[best].Score)) best = i;
        if (best < 0) return null;
        return best + 1 < units.Count ? units[best].Text + " " + units[best + 1].Text : units[best].Text;
    }

    // Distinct query words first, then occurrences.
    private long Score(int row, bool summary)
    {
        long distinct = 0, occurrences = 0;
        foreach (var (paragraph, document) in _terms)
        {
            var postings = summary ? document : paragraph;
            if (postings is null) continue;
            var at = Array.BinarySearch(postings.Rows, row);
            if (at < 0) continue;
            var tf = summary ? postings.Tf[at * _documentFields + _summaryField] : postings.Tf[at * _paragraphFields + _bodyField];
            if (tf == 0) continue;
            distinct++;
            occurrences += tf;
        }
        return distinct * 100_000 + occurrences;
    }

    private static int Field(LevelPostings level, string column) =>
        level.Level.ColumnIndex(column) is var f and >= 0 ? f : throw new InvalidOperationException($"level {level.Level.Level} has no {column} column");
}
