using System.Text.Json;
using System.Text.RegularExpressions;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Postings;

/// <summary>
/// Our postings must find exactly what FTS5 finds: random word, phrase, prefix, fuzzy, AND, OR, NOT and field
/// queries over a generated corpus, at every level, with FTS5 alone as the oracle.
/// </summary>
public sealed partial class PostingsRoundTripTests(PostingsRoundTripTests.Fixture fixture) : IClassFixture<PostingsRoundTripTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            // Small batches: the build groups its postings in ~100 segments per level and merges them, as at 100k.
            var (index, jsonl, reason) = TestIndex.GeneratedCorpus(600, seed: 7, postingsBatchRecords: 4_096);
            Index = index;
            SkipReason = reason;
            if (index is null) return;
            foreach (var line in File.ReadLines(jsonl))
            {
                var e = JsonDocument.Parse(line).RootElement;
                Texts.Add(e.GetProperty("title").GetString()!);
                Texts.AddRange(e.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!));
            }
        }

        public TestIndex? Index { get; }
        public string SkipReason { get; }
        public List<string> Texts { get; } = [];
        public void Dispose() => Index?.Dispose();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [SkippableTheory]
    [InlineData(SearchLevel.Documents)]
    [InlineData(SearchLevel.Paragraphs)]
    [InlineData(SearchLevel.Quotes)]
    public void RandomQueriesFindWhatFts5Finds(SearchLevel level)
    {
        Skip.If(fixture.Index is null, fixture.SkipReason);
        var random = new Random(42 + (int)level);
        for (var i = 0; i < 150; i++) PostingsOracle.AssertSameHits(fixture.Index!.Index, Query(random, depth: 2), level);
    }

    [SkippableFact]
    public void CommonWordsAndPhrasesFindWhatFts5Finds()
    {
        Skip.If(fixture.Index is null, fixture.SkipReason);
        foreach (var q in new[] { "the", "government", "\"of the\"", "\"the government\"", "title:government", "body:\"the government\"", "gov*", "title:pro*", "the -government", "government OR minister", "minist~", "co-oper*", "body:the-gov*" })
            foreach (var level in Enum.GetValues<SearchLevel>())
                PostingsOracle.AssertSameHits(fixture.Index!.Index, QueryParser.Parse(q), level);
    }

    private QueryNode Query(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0) return Leaf(random);
        var a = Query(random, depth - 1);
        var b = Query(random, depth - 1);
        return random.Next(5) switch
        {
            0 => new OrQuery([a, b]),
            1 => new AndQuery([a, new NotQuery(b)]),
            2 => new AndQuery([a, new FacetQuery(QueryField.Nation, "France")]),
            3 => new OrQuery([a, new FacetQuery(QueryField.Department, "Cabinet Office")]),
            _ => new AndQuery([a, b]),
        };
    }

    private QueryNode Leaf(Random random)
    {
        var words = Word().Matches(fixture.Texts[random.Next(fixture.Texts.Count)]).Select(m => m.Value).ToList();
        var at = random.Next(words.Count);
        var field = random.Next(4) switch { 0 => QueryField.Title, 1 => QueryField.Body, 2 => QueryField.Summary, _ => QueryField.Any };
        var word = words[at];
        return random.Next(6) switch
        {
            0 when at + 1 < words.Count => new PhraseQuery(field, string.Join(' ', words.Skip(at).Take(2 + random.Next(2)))),
            1 when word.Length > 3 => new PrefixQuery(field, word[..(2 + random.Next(word.Length - 2))]),
            // A phrase whose last word is a prefix ("trade ta*"): the union of the phrases of its expansions.
            5 when at + 1 < words.Count && words[at + 1].Length > 1 => new PrefixQuery(field, word + " " + words[at + 1][..(1 + random.Next(words[at + 1].Length - 1))]),
            2 when word.Length > 4 => new FuzzyQuery(field, word, 1),
            _ => new TermQuery(field, word),
        };
    }
}
