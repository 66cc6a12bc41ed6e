using SearchService.Core.Highlighting;
using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Postings;

/// <summary>Per-field BM25 on our postings, and FTS5's phrase semantics on our positions.</summary>
public sealed class PostingsScoringTests
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("The department said the programme would continue next year.", 3));

    [Fact]
    public void ATitleMatchOutranksABodyOnlyMatch()
    {
        using var test = TestIndex.SeedsPlus([
            new PressReleaseBuilder("body-only", "Annual programme update").WithDate("2025-01-02").WithParagraph("Zebrafish research funding. " + Filler).WithParagraph("More zebrafish work. " + Filler).Build(),
            new PressReleaseBuilder("in-title", "Zebrafish research centre opens").WithDate("2024-01-02").WithParagraph(Filler).WithParagraph("It studies zebrafish. " + Filler).Build(),
        ]);
        using var highlighter = new Fts5Highlighter();
        foreach (var level in new[] { SearchLevel.Documents, SearchLevel.Paragraphs })
        {
            var hits = new Searcher(test.Index, highlighter).Search(new SearchRequest { Query = "zebrafish", Level = level }).Hits;
            Assert.Equal("in-title", hits[0].DocumentId);
            Assert.True(hits[0].Score > hits[^1].Score);
        }
    }

    [Fact]
    public void PhrasesNeedConsecutivePositionsInOneColumn()
    {
        using var test = TestIndex.SeedsPlus([
            new PressReleaseBuilder("across", "Report on the quillwort").WithSummary("Marshland survey.").WithParagraph("Marshland survey begins.").Build(),
            new PressReleaseBuilder("within", "Survey").WithParagraph("The quillwort marshland survey begins.").Build(),
            new PressReleaseBuilder("apart", "Survey").WithParagraph("The quillwort grows in the marshland.").Build(),
        ]);
        using var highlighter = new Fts5Highlighter();
        foreach (var level in Enum.GetValues<SearchLevel>())
            foreach (var q in new[] { "\"quillwort marshland\"", "title:\"quillwort marshland\"", "body:\"quillwort marshland survey\"", "\"marshland survey\"", "summary:\"marshland survey\"" })
                PostingsOracle.AssertSameHits(test.Index, QueryParser.Parse(q), level);
        var hits = new Searcher(test.Index, highlighter).Search(new SearchRequest { Query = "\"quillwort marshland\"" }).Hits;
        Assert.Equal("within", Assert.Single(hits).DocumentId);
    }
}
