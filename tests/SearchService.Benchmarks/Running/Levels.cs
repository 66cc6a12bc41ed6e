using SearchService.Core.Querying;

namespace SearchService.Benchmarks.Running;

/// <summary>Our level names and the anchor's (<c>para</c>, <c>doc</c>), which key the TSV rows compare matches on.</summary>
internal static class Levels
{
    public static SearchLevel Parse(string name) => name switch
    {
        "documents" or "doc" => SearchLevel.Documents,
        "paragraphs" or "para" => SearchLevel.Paragraphs,
        _ => throw new ArgumentException($"--level takes documents and/or paragraphs, not '{name}'"),
    };

    public static string AnchorName(SearchLevel level) => level == SearchLevel.Paragraphs ? "para" : "doc";
}
