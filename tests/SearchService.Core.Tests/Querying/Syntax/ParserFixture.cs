using SearchService.Core.Querying;
using SearchService.Core.Querying.Syntax;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Querying.Syntax;

/// <summary>The seeds' index, whose facet values the parser resolves <c>actor:</c> and <c>nation:</c> against.</summary>
public sealed class ParserFixture : IDisposable
{
    private readonly SeedIndex _seeds = new();

    internal ParsedQuery Parse(string text, SearchLevel level = SearchLevel.Documents)
    {
        using var lease = _seeds.Index.Acquire();
        return PressQueryParser.Parse(text, level, lease.Searcher.Facets);
    }

    /// <summary>The parsed query as Lucene writes it.</summary>
    public string Lucene(string text, SearchLevel level = SearchLevel.Documents) => Parse(text, level).Query.ToString();

    public void Dispose() => _seeds.Dispose();
}
