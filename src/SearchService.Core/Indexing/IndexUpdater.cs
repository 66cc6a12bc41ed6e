using System.Globalization;
using Lucene.Net.Index;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;

namespace SearchService.Core.Indexing;

/// <summary>What one <c>add</c> or <c>POST /api/documents</c> changed.</summary>
public sealed record UpdateReport(int Added, int Replaced, int Unchanged);

/// <summary>
/// Changes a writable index in place. Each batch is first appended to the additions log and synced, then written with
/// <see cref="IndexWriter.UpdateDocuments(Term, IEnumerable{IEnumerable{IIndexableField}})"/> (each document's block
/// replaced whole by id) and committed, and the searcher reopened: a batch acknowledged is on disk twice (log and
/// index) and searchable at once. Before its first write it replays whatever the log holds that the index does not
/// (a crash after the log sync, or a build published after the entry was written).
/// </summary>
public sealed class IndexUpdater(SearchIndex index, DocumentEnricher? enricher = null)
{
    private readonly DocumentEnricher _enricher = enricher ?? new DocumentEnricher();

    private IndexWriter Writer => index.Writer ?? throw new InvalidOperationException("the index was opened read-only");

    public UpdateReport Upsert(IEnumerable<Document> documents)
    {
        var batch = documents.ToList();
        lock (index.WriteLock)
        {
            CatchUpLocked();
            index.Log.Append(new UpsertEntry(batch));
            var report = Apply(batch);
            Commit(index.Applied + 1);
            return report;
        }
    }

    /// <summary>Removes documents by id; returns the ids that were not in the index.</summary>
    public IReadOnlyList<string> Delete(IEnumerable<string> ids)
    {
        var wanted = ids.ToList();
        lock (index.WriteLock)
        {
            CatchUpLocked();
            var missing = wanted.Where(id => !index.Contains(id)).ToList();
            if (missing.Count == wanted.Count) return missing;
            index.Log.Append(new DeleteEntry(wanted.Except(missing).ToList()));
            foreach (var id in wanted) Writer.DeleteDocuments(new Term(IndexFields.Doc, id));
            Commit(index.Applied + 1);
            return missing;
        }
    }

    /// <summary>Applies the log entries this generation does not hold yet; returns how many.</summary>
    public int CatchUp()
    {
        lock (index.WriteLock) return CatchUpLocked();
    }

    private int CatchUpLocked()
    {
        var pending = index.Log.Read(index.Applied).ToList();
        if (pending.Count == 0) return 0;
        foreach (var entry in pending)
        {
            switch (entry)
            {
                case UpsertEntry upsert: Apply(upsert.Documents); break;
                case DeleteEntry delete: foreach (var id in delete.Ids) Writer.DeleteDocuments(new Term(IndexFields.Doc, id)); break;
            }
        }
        Commit(index.Log.Count());
        return pending.Count;
    }

    private UpdateReport Apply(IReadOnlyList<Document> documents)
    {
        int added = 0, replaced = 0, unchanged = 0;
        // Documents written earlier in this batch, which the searcher does not see yet.
        var written = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var lease = index.Acquire();
        foreach (var document in documents.SelectMany(_enricher.EnrichWithListings))
        {
            var hash = StoredDocument.Hash(document);
            var existing = written.TryGetValue(document.Id, out var known) ? known : StoredHash(lease.Searcher, document.Id);
            if (existing is not null && existing.AsSpan().SequenceEqual(hash))
            {
                unchanged++;
                continue;
            }
            if (existing is null) added++; else replaced++;
            Writer.UpdateDocuments(new Term(IndexFields.Doc, document.Id), UnitRecords.Block(document, index.NextSequence++, hash));
            written[document.Id] = hash;
        }
        return new UpdateReport(added, replaced, unchanged);
    }

    private static byte[]? StoredHash(UnitSearcher searcher, string id) =>
        SearchIndex.DocumentRecord(searcher, id) is { } doc
            ? searcher.Doc(doc, HashOnly).GetBinaryValue(IndexFields.Hash) is { } bytes ? bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray() : []
            : null;

    private static readonly ISet<string> HashOnly = new HashSet<string> { IndexFields.Hash };

    private void Commit(int applied)
    {
        index.Applied = applied;
        var data = new Dictionary<string, string>(Writer.CommitData)
        {
            [IndexSchema.VersionKey] = IndexSchema.Version,
            [IndexSchema.AppliedKey] = applied.ToString(CultureInfo.InvariantCulture),
            [IndexSchema.NextSequenceKey] = index.NextSequence.ToString(CultureInfo.InvariantCulture),
        };
        Writer.SetCommitData(data);
        Writer.Commit();
        index.Refresh();
    }
}
