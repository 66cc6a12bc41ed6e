using SearchService.Core.Documents;
using SearchService.Core.Enrichment;

namespace SearchService.Core.Indexing;

/// <summary>What one <c>add</c> or <c>POST /api/documents</c> changed.</summary>
public sealed record UpdateReport(int Added, int Replaced, int Unchanged);

/// <summary>
/// Changes a live index in place: one writer transaction per batch, so a batch lands whole or not at all,
/// and readers (WAL snapshots) see it all at once when it commits.
/// </summary>
public sealed class IndexUpdater(SearchIndex index, DocumentEnricher? enricher = null)
{
    private static readonly Lock WriterLock = new();
    private readonly DocumentEnricher _enricher = enricher ?? new DocumentEnricher();

    public UpdateReport Upsert(IEnumerable<Document> documents)
    {
        lock (WriterLock)
        {
            using var connection = index.OpenWriter();
            using var transaction = connection.BeginTransaction();
            using var writer = new IndexWriter(connection);
            int added = 0, replaced = 0, unchanged = 0;
            foreach (var document in documents.SelectMany(_enricher.EnrichWithListings))
            {
                switch (writer.Upsert(document))
                {
                    case WriteOutcome.Added: added++; break;
                    case WriteOutcome.Replaced: replaced++; break;
                    default: unchanged++; break;
                }
            }
            if (added + replaced > 0) writer.BumpRevision();
            transaction.Commit();
            return new UpdateReport(added, replaced, unchanged);
        }
    }

    /// <summary>Removes documents by id; returns the ids that were not in the index.</summary>
    public IReadOnlyList<string> Delete(IEnumerable<string> ids)
    {
        lock (WriterLock)
        {
            using var connection = index.OpenWriter();
            using var transaction = connection.BeginTransaction();
            using var writer = new IndexWriter(connection);
            var missing = ids.Where(id => !writer.Delete(id)).ToList();
            writer.BumpRevision();
            transaction.Commit();
            return missing;
        }
    }
}
