using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// Issue 13 §4, §5 in Chromium: "Follow this search" offers the current search's feed address to copy, the demo page
/// advertises that feed in its head, and "Download results" gets the search as a file. Axe checks these states in
/// AccessibilityBrowserTests ("the feed address open and copied", at 1280 and 360 px).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowAndDownloadBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static ILocator FollowButton(IPage page) => page.Locator("search-widget .follow button[aria-controls]");
    private static ILocator FeedAddress(IPage page) => page.Locator("search-widget .follow input.furl");
    private static ILocator Download(IPage page, string format) => page.Locator($"search-widget .follow a[data-format={format}]");

    private string Origin => fixture.App.BaseAddress.GetLeftPart(UriPartial.Authority);

    private async Task<BrowserSession> OpenAsync(string hash, int width = 1280)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var session = await fixture.NewSessionAsync(width: width);
        await session.Page.GotoAsync(fixture.Url("/" + hash));
        await Expect(session.Page.Hits().First).ToBeVisibleAsync();
        return session;
    }

    [SkippableFact]
    public async Task FollowThisSearchOffersTheFeedOfTheCurrentSearchToCopyByKeyboard()
    {
        await using var session = await OpenAsync("#search?q=ceasefire&department=Ministry+of+Defence");
        var page = session.Page;
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = Origin });
        var follow = FollowButton(page);
        await Expect(follow).ToHaveTextAsync("Follow this search");
        await Expect(follow).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(FeedAddress(page)).ToBeHiddenAsync();

        await follow.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(follow).ToHaveAttributeAsync("aria-expanded", "true");
        var expected = $"{Origin}/api/feed?q=ceasefire&type=documents&department=Ministry+of+Defence";
        await Expect(FeedAddress(page)).ToHaveValueAsync(expected);
        // The field is labelled, read-only, and reached by Tab; then the copy button.
        await Expect(page.GetByLabel("Feed address (Atom)", new() { Exact = false })).ToHaveValueAsync(expected);
        await Expect(FeedAddress(page)).ToHaveAttributeAsync("readonly", "");
        await page.Keyboard.PressAsync("Tab");
        await Expect(FeedAddress(page)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("search-widget button.copy")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("search-widget .feedbox [role=status]")).ToHaveTextAsync("Feed address copied.");
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The address is a feed of that search: the page's own origin answers it as Atom.
        var fetched = await page.EvaluateAsync<string[]>("async url => { const r = await fetch(url); return [String(r.status), r.headers.get('content-type'), await r.text()]; }", expected);
        Assert.Equal("200", fetched[0]);
        Assert.StartsWith("application/atom+xml", fetched[1], StringComparison.Ordinal);
        Assert.Contains("<author>\n      <name>Ministry of Defence</name>", fetched[2].Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TheDemoPageAdvertisesTheCurrentSearchsFeedAndFollowsTheSearchAsItChanges()
    {
        await using var session = await OpenAsync("#search?q=ceasefire");
        var page = session.Page;
        var link = page.Locator("head link[rel=alternate][type='application/atom+xml']");
        await Expect(link).ToHaveCountAsync(1);
        await Expect(link).ToHaveAttributeAsync("href", $"{Origin}/api/feed?q=ceasefire&type=documents");
        await Expect(link).ToHaveAttributeAsync("title", "Press releases matching “ceasefire”");

        // A new search by the address (typing would open suggestions over the level buttons clicked next).
        await page.EvaluateAsync("() => { location.hash = '#search?q=ukraine'; }");
        await Expect(page.Status()).ToContainTextAsync("for “ukraine”");
        await Expect(link).ToHaveAttributeAsync("href", $"{Origin}/api/feed?q=ukraine&type=documents");
        await page.Level("quotes").ClickAsync();
        await Expect(link).ToHaveAttributeAsync("href", $"{Origin}/api/feed?q=ukraine&type=quotes");
        await FollowButton(page).ClickAsync();
        await Expect(FeedAddress(page)).ToHaveValueAsync($"{Origin}/api/feed?q=ukraine&type=quotes");
        await Expect(Download(page, "csv")).ToHaveAttributeAsync("href", $"{Origin}/api/export?q=ukraine&type=quotes&sort=relevance&format=csv");

        // A feed reader that fetches the page without running scripts finds the newest releases.
        var html = await (await page.APIRequest.GetAsync(fixture.Url("/"))).TextAsync();
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Newest press releases\" href=\"{Origin}/api/feed\" data-search-widget>", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task APartnerPageKeepsItsHeadAsItWasAndItsLinksGoToTheSearchService()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync(fixture.AllowedSite.Url.ToString());
        await Expect(page.Hits().First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("link[type='application/atom+xml']").CountAsync());
        await FollowButton(page).ClickAsync();
        await Expect(FeedAddress(page)).ToHaveValueAsync($"{Origin}/api/feed?type=documents");
        await Expect(Download(page, "jsonl")).ToHaveAttributeAsync("href", $"{Origin}/api/export?type=documents&sort=relevance&format=jsonl");
        Assert.Empty(session.ConsoleProblems);
    }

    [SkippableTheory]
    [InlineData("csv", "press-releases-ceasefire.csv")]
    [InlineData("jsonl", "press-releases-ceasefire.jsonl")]
    public async Task DownloadResultsGetsEveryHitOfTheSearchAsAFileNamedAfterIt(string format, string fileName)
    {
        await using var session = await OpenAsync("#search?q=ceasefire&sort=newest");
        var page = session.Page;
        var total = await page.TotalAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => Download(page, format).ClickAsync());
        Assert.Equal(fileName, download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        output.WriteLine($"{fileName}: {bytes.Length} bytes, {lines.Length} lines for {total} results");
        if (format == "csv")
        {
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.Equal(total + 1, lines.Length);
        }
        else Assert.Equal(total, lines.Length);
    }
}
