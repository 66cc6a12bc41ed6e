using SearchService.Core.Documents;
using SearchService.Core.Indexing;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Indexing;

public sealed class ConcurrentReadWriteTests
{
    [Fact]
    public async Task SearchesKeepAnsweringConsistentlyWhileAWriterAddsAndDeletes()
    {
        using var seeds = new SeedIndex();
        var updater = new IndexUpdater(seeds.Index);
        using var stop = new CancellationTokenSource();
        var errors = new List<Exception>();
        var searches = 0;

        void Reader()
        {
            while (!stop.IsCancelled())
            {
                try
                {
                    var response = seeds.Search(new SearchRequest { Query = "cenotaph", PageSize = 100 });
                    // A snapshot is consistent: the total and the hits always agree.
                    Assert.Equal(response.Total, response.Hits.Count);
                    Assert.All(response.Hits, h => Assert.Contains("<mark>", h.Snippet, StringComparison.Ordinal));
                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    lock (errors) errors.Add(e);
                }
            }
        }

        // Dedicated threads: blocking loops on the shared pool would wait for the pool to grow.
        var readers = new[] { Task.Factory.StartNew(Reader, TaskCreationOptions.LongRunning), Task.Factory.StartNew(Reader, TaskCreationOptions.LongRunning) };
        while (Volatile.Read(ref searches) == 0 && errors.Count == 0) await Task.Delay(5);
        for (var i = 0; i < 60; i++)
        {
            updater.Upsert([new Document { Id = $"memorial-{i}", Title = $"Memorial {i}", Paragraphs = [new Paragraph(0, $"Wreaths at the cenotaph, number {i}.")] }]);
            if (i % 3 == 2) updater.Delete([$"memorial-{i - 1}"]);
        }
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.True(searches > 10, $"only {searches} searches ran");
        Assert.Equal(40, seeds.Search(new SearchRequest { Query = "cenotaph", PageSize = 100 }).Total);
    }
}

internal static class CancellationExtensions
{
    public static bool IsCancelled(this CancellationTokenSource source) => source.IsCancellationRequested;
}
