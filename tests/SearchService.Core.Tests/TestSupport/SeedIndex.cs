using SearchService.Core.Indexing;
using SearchService.Core.Querying;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>A real Lucene index built from the repository's seeds in a temp folder.</summary>
internal sealed class SeedIndex : IDisposable
{
    private readonly TempFolder _temp = new();

    public SeedIndex(params string[] extraSources)
    {
        Folder = Path.Combine(_temp.Path, "index");
        Report = new IndexBuilder().Build([Repository.Seeds, .. extraSources], Folder);
        Index = SearchIndex.Open(Folder, writable: true);
    }

    public string Folder { get; }
    public BuildReport Report { get; }
    public SearchIndex Index { get; }

    public SearchResponse Search(string query, SearchLevel level = SearchLevel.Documents) =>
        new Searcher(Index).Search(new SearchRequest { Query = query, Level = level });

    public SearchResponse Search(SearchRequest request) => new Searcher(Index).Search(request);

    public void Dispose()
    {
        Index.Dispose();
        _temp.Dispose();
    }
}
