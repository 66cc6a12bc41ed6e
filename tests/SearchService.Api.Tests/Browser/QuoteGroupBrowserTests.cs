using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>A quote hit says where else its words were said and where first (issue 13 §3), in Chromium against an app
/// whose sources carry one statement three times: under a quote hit and in the reading view, both axe-clean.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuoteGroupBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IDisposable
{
    private const string Words = "Every family in the valley will have fast broadband at home before the next winter begins";
    private readonly string _sources = Directory.CreateTempSubdirectory("searchservice-quote-groups-").FullName;

    [SkippableFact]
    public async Task AQuoteHitSaysHowManyOtherDocumentsCarryItAndWhereItWasFirstSaid()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        foreach (var seed in Directory.GetFiles(Repository.Seeds)) File.Copy(seed, Path.Combine(_sources, Path.GetFileName(seed)));
        File.WriteAllLines(Path.Combine(_sources, "quotes.jsonl"),
        [
            Line("broadband-release", "Broadband for the valley", "Department for Digital", "2025-05-02", $"“{Words}.” said Owen Pryce."),
            Line("broadband-news", "Broadband pledge repeated", "News desk", "2025-05-09", $"\"{Words},\" Owen Pryce said."),
            Line("broadband-digest", "Weekly digest", "Regional news", "2025-05-20", "Owen Pryce said: “Fast broadband at home before the next winter begins.”"),
            Line("broadband-other", "Rural roads", "Department for Transport", "2025-05-21", "“Broadband alone will not fix the roads of the valley,” said Owen Pryce."),
        ]);
        using var app = new KestrelAppFactory(allowedOrigins: fixture.AllowedSite.Origin, sources: _sources);
        app.Start();
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await page.GotoAsync(new Uri(app.BaseAddress, "/#search?q=broadband&type=quotes&sort=oldest").ToString());
        await Expect(page.Hits()).ToHaveCountAsync(4);
        var groups = page.Locator("search-widget li.hit .grp");
        await Expect(groups).ToHaveCountAsync(3);
        foreach (var group in await groups.AllAsync())
            await Expect(group).ToHaveTextAsync("also in 2 other documents · first on 2 May 2025 in Department for Digital");
        // The quotation said once has no line.
        await Expect(page.Hits().Filter(new() { HasText = "Rural roads" }).Locator(".grp")).ToHaveCountAsync(0);

        await page.Locator("search-widget .sw:not(.busy)").WaitForAsync();
        await page.WaitForTimeoutAsync(300);
        await AssertAxeCleanAsync(page, "quote hits");

        // The reading view says the same under the quotation, asked of GET /api/quotes/{id}/occurrences.
        await page.Hits().Filter(new() { HasText = "Weekly digest" }).Locator("a").First.ClickAsync();
        var line = page.Locator("search-widget dialog.reader .qgroup:not([hidden])");
        await Expect(line).ToHaveTextAsync("also in 2 other documents · first on 2 May 2025 in Department for Digital");
        await page.WaitForTimeoutAsync(300);
        await AssertAxeCleanAsync(page, "reading view");
    }

    private async Task AssertAxeCleanAsync(Microsoft.Playwright.IPage page, string state)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}").ToList();
        output.WriteLine($"quote groups, {state}: {result.Passes.Length} rules passed, {violations.Count} violated");
        Assert.True(violations.Count == 0, state + ":\n" + string.Join("\n", violations));
    }

    public void Dispose()
    {
        try { Directory.Delete(_sources, recursive: true); } catch (IOException) { }
    }

    private static string Line(string id, string title, string department, string date, string quoted) => JsonSerializer.Serialize(new
    {
        id, title, department, date, paragraphs = new[] { "The valley's broadband was discussed.", quoted },
    });
}
