using System.Net;
using System.Text;
using SearchService.Api.Tests.TestSupport;

namespace SearchService.Api.Tests.Reliability;

/// <summary>Throws what people (and attackers) type at /api/search: every answer is 200 or a 400 problem, never a 500.</summary>
public sealed class HostileInputTests(SeedApiFactory factory) : IClassFixture<SeedApiFactory>
{
    private static readonly string[] Fragments =
    [
        "\"", "(", ")", "*", "-", "NOT", "OR", "AND", "NEAR(", "^", "{title}:", "title:", "date:[", " TO ", "]", "~",
        "'; DROP TABLE documents; --", "\u0000", "\u0007", "\u202E", "\u200F", "😀", "\uD800", "\uDC00", "é", "ß", "%", "\\",
        "<script>alert(1)</script>", "ceasefire", "peace", "Healey", "   ", "\n", "\t", "actor:", "nation:France", "&", "#",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 8)];

    [Theory, MemberData(nameof(Seeds))]
    public async Task RandomHostileQueriesNeverFailTheServer(int seed)
    {
        var random = new Random(seed);
        var client = factory.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            var query = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--) query.Append(Fragments[random.Next(Fragments.Length)]);
            var type = random.Next(3) switch { 0 => "documents", 1 => "paragraphs", _ => "quotes" };
            var response = await client.GetAsync($"/api/search?type={type}&q={Uri.EscapeDataString(query.ToString())}");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest,
                $"{(int)response.StatusCode} for q={query}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Lucene.Net", body, StringComparison.Ordinal); // no engine exception text
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        }
    }

    [Fact]
    public async Task HundredKilobyteQueryIsRefusedCleanly()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + new string('x', 100_000));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task WrongMethodIs405ProblemJson()
    {
        var response = await factory.CreateClient().PostAsync("/api/search", new StringContent(""));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownRouteIs404ProblemJson()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
