using SearchService.Core.Querying;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Facets;

public sealed class DisjunctiveFacetTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SeedIndex _index;

    public DisjunctiveFacetTests()
    {
        _temp.File("facets.jsonl", string.Join('\n',
            Doc("a", "2024-01-10", "HM Treasury", ["France"]),
            Doc("b", "2024-02-10", "HM Treasury", ["Germany"]),
            Doc("c", "2024-02-11", "Cabinet Office", ["France", "Germany"]),
            Doc("d", "2023-05-01", "Cabinet Office", ["Italy"])));
        _index = new SeedIndex(_temp.Path);
    }

    private static string Doc(string id, string date, string department, string[] nations) =>
        $$"""{"id": "{{id}}", "title": "Tariff talks {{id}}", "date": "{{date}}", "department": "{{department}}", "nations": [{{string.Join(", ", nations.Select(n => $"\"{n}\""))}}], "paragraphs": ["Talks on tariffs."]}""";

    public void Dispose()
    {
        _index.Dispose();
        _temp.Dispose();
    }

    private static int Count(SearchResponse response, string dimension, string value) =>
        response.Facets[dimension].SingleOrDefault(f => f.Value == value)?.Count ?? -1;

    [Fact]
    public void ChoosingANationKeepsTheCountsOfItsSiblings()
    {
        var response = _index.Search(new SearchRequest { Query = "tariffs", Nations = ["France"] });
        Assert.Equal(2, response.Total);
        Assert.Equal(2, Count(response, "nation", "France"));
        Assert.Equal(2, Count(response, "nation", "Germany"));
        Assert.Equal(1, Count(response, "nation", "Italy"));
        // Other dimensions are counted over the filtered hits only.
        Assert.Equal(1, Count(response, "department", "HM Treasury"));
        Assert.Equal(1, Count(response, "department", "Cabinet Office"));
    }

    [Fact]
    public void ValuesOfOneFilterAreOredAndFiltersAreAnded()
    {
        var response = _index.Search(new SearchRequest { Query = "tariffs", Nations = ["France", "Italy"], Departments = ["Cabinet Office"] });
        Assert.Equal(["c", "d"], response.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SelectedValueIsListedEvenWithNoMatches()
    {
        var response = _index.Search(new SearchRequest { Query = "tariffs", Nations = ["Peru"] });
        Assert.Equal(0, response.Total);
        Assert.Equal(0, Count(response, "nation", "Peru"));
    }

    [Fact]
    public void DatesAreCountedByMonthOrYear()
    {
        var months = _index.Search(new SearchRequest { Query = "tariffs" });
        Assert.Equal(2, Count(months, "date", "2024-02"));
        var years = _index.Search(new SearchRequest { Query = "tariffs", DateInterval = DateInterval.Year, From = new DateOnly(2024, 1, 1) });
        Assert.Equal(3, years.Total);
        Assert.Equal(3, Count(years, "date", "2024"));
        Assert.Equal(1, Count(years, "date", "2023"));
    }
}
