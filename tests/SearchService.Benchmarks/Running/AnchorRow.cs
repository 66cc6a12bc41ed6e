using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchService.Core.Facets;
using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Running;

/// <summary>
/// One query's answer in the anchor's TSV terms: hit keys as the corpus names them (<c>doc-000123</c>, and
/// <c>doc-000123#4</c> for its 4th paragraph, 1-based, as LuceneBench.java writes them), and facets as
/// Lucene's getTopChildren lists them: year, department, actor, nation; count descending, ties by label;
/// empty dimensions left out; no facets at all when nothing matched.
/// </summary>
internal sealed record AnchorRow(int Total, IReadOnlyList<string> Ids, IReadOnlyList<double> Scores, string FacetsJson)
{
    private static readonly (string Anchor, string Ours)[] Dimensions =
        [("year", FacetNames.Date), ("department", FacetNames.Department), ("actor", FacetNames.Actor), ("nation", FacetNames.Nation)];

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static AnchorRow From(SearchResponse response, SearchLevel level)
    {
        var ids = response.Hits.Select(h => level == SearchLevel.Paragraphs && h.Paragraph is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{h.DocumentId}#{p + 1}")
            : h.DocumentId).ToList();
        return new AnchorRow(response.Total, ids, response.Hits.Select(h => h.Score).ToList(), Facets(response));
    }

    private static string Facets(SearchResponse response)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Json))
        {
            w.WriteStartObject();
            if (response.Total > 0)
            {
                foreach (var (anchor, ours) in Dimensions)
                {
                    if (!response.Facets.TryGetValue(ours, out var values) || values.Count == 0) continue;
                    w.WriteStartArray(anchor);
                    foreach (var v in values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).Take(10))
                    {
                        w.WriteStartArray();
                        w.WriteStringValue(v.Value);
                        w.WriteNumberValue(v.Count);
                        w.WriteEndArray();
                    }
                    w.WriteEndArray();
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
