using SearchService.Core.Documents;
using SearchService.Core.Enrichment;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>Builds small articles and enriches them with the real enricher.</summary>
internal static class TestArticles
{
    private static readonly DocumentEnricher Enricher = new();

    public static Document Enrich(params string[] paragraphs) => Enricher.Enrich(Article(paragraphs));

    public static Document Article(params string[] paragraphs) => new()
    {
        Id = "test",
        Title = "Test article",
        Paragraphs = paragraphs.Select((p, i) => new Paragraph(i, p)).ToList(),
    };
}
