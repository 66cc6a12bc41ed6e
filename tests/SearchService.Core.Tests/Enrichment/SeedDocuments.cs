using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Enrichment;

/// <summary>The seeds as the indexer sees them: real readers, then the real enricher.</summary>
internal static class SeedDocuments
{
    public static List<Document> Read(string fileName)
    {
        var file = SourceFile.Load(Path.Combine(Repository.Seeds, fileName));
        var reader = DocumentReaders.For(file) ?? throw new InvalidOperationException("no reader for " + fileName);
        var enricher = new DocumentEnricher();
        return reader.Read(file).SelectMany(enricher.EnrichWithListings).ToList();
    }
}
