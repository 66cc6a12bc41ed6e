namespace SearchService.Core.Ingestion;

/// <summary>The registered formats, most specific first: plain text is the fallback.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } =
    [
        new JsonLinesReader(),
        new AggregatedPressReleaseReader(),
        new PlainTextArticleReader(),
    ];

    public static IDocumentReader? For(SourceFile file) => All.FirstOrDefault(r => r.CanRead(file));
}
