using System.Globalization;
using SearchService.Benchmarks.Queries;

namespace SearchService.Benchmarks.Running;

/// <summary>
/// The anchor's TSV (<c>engine level qno class query total_hits p50_ms top10_ids top10_scores facets</c>, as
/// LuceneBench.java writes it) plus two columns compare ignores: the query in our syntax and the notes.
/// A query we did not answer has total_hits -1, which compare reports as n/a.
/// </summary>
internal sealed class TsvWriter(string path) : IDisposable
{
    public const string Engine = "searchservice";
    private readonly StreamWriter _out = Create(path);

    public void Write(LevelResult result, IReadOnlyList<Translation> translations)
    {
        var level = Levels.AnchorName(result.Level);
        foreach (var t in translations)
        {
            var q = t.Query;
            var note = result.Errors.TryGetValue(q.Number, out var error) ? Join(error, t.NoteText) : t.NoteText;
            if (!result.Answers.TryGetValue(q.Number, out var row))
            {
                Line(level, q, "-1", "", "", "", "", t.Text, note);
                continue;
            }
            var p50 = Percentiles.Of(result.PerQuery[q.Number], 50).ToString("F3", CultureInfo.InvariantCulture);
            Line(level, q, row.Total.ToString(CultureInfo.InvariantCulture), p50, string.Join(',', row.Ids),
                string.Join(',', row.Scores.Select(s => s.ToString("F3", CultureInfo.InvariantCulture))), row.FacetsJson, t.Text, note);
        }
        _out.Flush();
    }

    public void Dispose() => _out.Dispose();

    private void Line(string level, BenchQuery q, params string[] rest) =>
        _out.Write(string.Join('\t', new[] { Engine, level, q.Number.ToString(CultureInfo.InvariantCulture), q.Class, q.Lucene }.Concat(rest).Select(Clean)) + "\n");

    private static string Clean(string field) => field.Replace('\t', ' ').Replace('\n', ' ');

    private static string Join(string a, string b) => b.Length == 0 ? a : a + "; " + b;

    private static StreamWriter Create(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var writer = new StreamWriter(path, append: false) { NewLine = "\n" };
        writer.Write("engine\tlevel\tqno\tclass\tquery\ttotal_hits\tp50_ms\ttop10_ids\ttop10_scores\tfacets\tour_query\tnote\n");
        return writer;
    }
}
