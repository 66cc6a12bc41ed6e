namespace SearchService.Core.Ingestion;

/// <summary>The registered formats, most specific first: plain text is the fallback.</summary>
public static class DocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } =
    [
        // Before JSON Lines: a minified GOV.UK document is one line of JSON with a "title" too.
        new GovUkContentReader(),
        new JsonLinesReader(),
        new AggregatedPressReleaseReader(),
        new ReutersSgmlReader(),
        new PlainTextArticleReader(),
    ];

    public static IDocumentReader? For(SourceFile file) => All.FirstOrDefault(r => r.CanRead(file));
}
