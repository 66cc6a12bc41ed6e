using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Querying.Oracle;

/// <summary>
/// The engine against a plain evaluation: random AND/OR/NOT trees of words, phrases, prefixes, text fields, facet
/// values and dates, run by the service on a generated corpus indexed in many segments, must find exactly the units a
/// linear scan of the same documents finds, at every level.
/// </summary>
public sealed class QueryOracleTests(QueryOracleTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<QueryOracleTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            var (index, jsonl, reason) = TestIndex.GeneratedCorpus(600, seed: 11, manySegments: true);
            Index = index;
            SkipReason = reason;
            if (index is not null) Model = new CorpusModel(jsonl);
        }

        public TestIndex? Index { get; }
        internal CorpusModel? Model { get; }
        public string SkipReason { get; }
        public void Dispose() => Index?.Dispose();
    }

    [SkippableTheory]
    [InlineData(SearchLevel.Documents, 1)]
    [InlineData(SearchLevel.Paragraphs, 2)]
    [InlineData(SearchLevel.Quotes, 3)]
    public void RandomQueriesFindExactlyWhatALinearScanFinds(SearchLevel level, int seed)
    {
        Skip.If(fixture.Index is null, fixture.SkipReason);
        var model = fixture.Model!;
        var searcher = new Searcher(fixture.Index!.Index);
        using var lease = fixture.Index.Index.Acquire();
        Assert.True(lease.Searcher.IndexReader.Leaves.Count > 1, "the corpus should span several segments");
        var queries = new RandomQueries(model, seed);
        int nonEmpty = 0, partial = 0;
        for (var i = 0; i < 150; i++)
        {
            var query = queries.Next();
            var expected = model.Units(level).Where(u => query.Matches(u, model, level)).Select(u => u.Id).Order(StringComparer.Ordinal).ToList();
            // Every hit is compared up to 1,500 of them (a page that large is highlighted hit by hit); beyond, the total.
            var response = searcher.Search(new SearchRequest { Query = query.Text, Level = level, PageSize = Math.Clamp(expected.Count + 5, 1, 1500) });
            var found = response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.Count > 1500 || expected.SequenceEqual(found),
                $"{query.Text}: expected {expected.Count} ({string.Join(',', expected.Except(found).Take(5))} missing), found {response.Total} ({string.Join(',', found.Except(expected).Take(5))} extra)");
            Assert.Equal(expected.Count, response.Total);
            if (expected.Count > 0) nonEmpty++;
            if (expected.Count > 0 && expected.Count < model.Units(level).Count) partial++;
        }
        output.WriteLine($"{level}: 150 queries, {nonEmpty} with hits, {partial} neither empty nor everything");
        Assert.True(partial > 50, $"only {partial} queries were informative");
    }
}
