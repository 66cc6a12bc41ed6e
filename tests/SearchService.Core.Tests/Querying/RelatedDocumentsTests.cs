using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace SearchService.Core.Tests.Querying;

/// <summary>
/// Related releases on a generated corpus (gen-corpus.py: each release over-samples a few topic words, three of them
/// from its department's list), measured against documents drawn at random, with measures computed here from the
/// JSON Lines, not from the index: how often a related release is of the same department, and how much its top terms
/// (the ten words of highest tf·idf, unstemmed) overlap the document's (Jaccard). docs/reading-view.md reports the figures.
/// </summary>
public sealed partial class RelatedDocumentsTests(RelatedDocumentsTests.Fixture fixture, ITestOutputHelper output) : IClassFixture<RelatedDocumentsTests.Fixture>
{
    private const int Related = 5;
    private const int TopTerms = 10;

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            var (index, jsonl, reason) = TestIndex.GeneratedCorpus(2000, seed: 1);
            Index = index;
            SkipReason = reason;
            if (index is null) return;
            var rows = File.ReadLines(jsonl).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Departments = rows.ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("department").GetString()!);
            TopTermsById = TfIdfTop(rows.ToDictionary(r => r.GetProperty("id").GetString()!, Words));
        }

        public TestIndex? Index { get; }
        public string SkipReason { get; }
        public Dictionary<string, string> Departments { get; } = [];
        public Dictionary<string, HashSet<string>> TopTermsById { get; } = [];

        public void Dispose() => Index?.Dispose();

        private static List<string> Words(JsonElement row) =>
            Word().Matches(string.Join('\n', row.GetProperty("title").GetString(), row.GetProperty("summary").GetString(),
                    string.Join('\n', row.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()))))
                .Select(m => m.Value.ToLowerInvariant()).ToList();

        private static Dictionary<string, HashSet<string>> TfIdfTop(Dictionary<string, List<string>> words)
        {
            var df = words.Values.SelectMany(w => w.Distinct()).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            double n = words.Count;
            return words.ToDictionary(d => d.Key, d => d.Value.GroupBy(w => w)
                .Select(g => (Word: g.Key, Score: g.Count() * Math.Log(n / df[g.Key])))
                .OrderByDescending(t => t.Score).ThenBy(t => t.Word, StringComparer.Ordinal)
                .Take(TopTerms).Select(t => t.Word).ToHashSet());
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [SkippableFact]
    public void RelatedReleasesShareTheDocumentsDepartmentAndTopicWordsFarMoreThanRandomOnes()
    {
        Skip.If(fixture.Index is null, fixture.SkipReason);
        var index = fixture.Index!.Index;
        var ids = fixture.Departments.Keys.Order(StringComparer.Ordinal).ToList();
        var sample = ids.Where((_, i) => i % 10 == 0).ToList(); // 200 documents
        var random = new Random(7);
        double relatedSame = 0, randomSame = 0, relatedJaccard = 0, randomJaccard = 0;
        int pairs = 0, withSameDepartment = 0;
        var finder = new RelatedDocuments(index);
        foreach (var id in sample)
        {
            var document = index.GetDocument(id)!;
            var related = finder.Find(document, Related).Select(h => h.DocumentId).ToList();
            Assert.Equal(Related, related.Count);
            Assert.DoesNotContain(id, related);
            Assert.Equal(related.Count, related.Distinct().Count());
            var drawn = ids.Where(other => other != id).OrderBy(_ => random.Next()).Take(Related).ToList();
            foreach (var (other, isRelated) in related.Select(r => (r, true)).Concat(drawn.Select(r => (r, false))))
            {
                var same = fixture.Departments[other] == fixture.Departments[id] ? 1 : 0;
                var jaccard = Jaccard(fixture.TopTermsById[id], fixture.TopTermsById[other]);
                if (isRelated) { relatedSame += same; relatedJaccard += jaccard; pairs++; }
                else { randomSame += same; randomJaccard += jaccard; }
            }
            if (related.Any(r => fixture.Departments[r] == fixture.Departments[id])) withSameDepartment++;
        }
        relatedSame /= pairs; randomSame /= pairs; relatedJaccard /= pairs; randomJaccard /= pairs;
        var baseRate = fixture.Departments.Values.GroupBy(d => d).Sum(g => Math.Pow(g.Count() / (double)ids.Count, 2));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sample.Count} documents x {Related} related of {ids.Count}: same department {relatedSame:P1} related vs {randomSame:P1} random (base rate {baseRate:P1}); " +
            $"at least one related of the same department for {withSameDepartment / (double)sample.Count:P1}; " +
            $"mean Jaccard of top-{TopTerms} terms {relatedJaccard:F3} related vs {randomJaccard:F3} random"));

        Assert.True(relatedSame >= 3 * randomSame && relatedSame >= 0.6, $"same department: {relatedSame:P1} related vs {randomSame:P1} random");
        // Seven topic words per release, three from its department's list: a related pair shares a few of its top ten.
        Assert.True(relatedJaccard >= 5 * randomJaccard && relatedJaccard >= 0.05, $"top-term Jaccard: {relatedJaccard:F3} related vs {randomJaccard:F3} random");
    }

    [SkippableFact]
    public void TheMostRelatedReleaseComesFirstAndScoresOnlyFall()
    {
        Skip.If(fixture.Index is null, fixture.SkipReason);
        var index = fixture.Index!.Index;
        var document = index.GetDocument(fixture.Departments.Keys.Order(StringComparer.Ordinal).First())!;
        var hits = new RelatedDocuments(index).Find(document, RelatedDocuments.MaxCount);
        Assert.Equal(RelatedDocuments.MaxCount, hits.Count);
        Assert.All(hits, h => Assert.Equal("documents", h.Type));
        Assert.Equal(hits.Select(h => h.Score).OrderByDescending(s => s), hits.Select(h => h.Score));
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b) => a.Count + b.Count == 0 ? 0 : a.Intersect(b).Count() / (double)a.Union(b).Count();
}
