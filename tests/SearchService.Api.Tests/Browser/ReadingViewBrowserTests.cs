using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// The reading view end to end in Chromium: a result opens in place over the results, Esc, "Back to results" and the
/// browser's back button return to the same results where they were, the address says what is open so it can be
/// shared, and the view holds what the API gives (marked text, quotations by speaker, chips, related releases).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingViewBrowserTests(BrowserFixture fixture)
{
    private const string Statement = "coalition-of-the-willing-joint-uk-france-statement-following-10-april-meeting";

    private static ILocator Reader(IPage page) => page.Locator("search-widget dialog.reader");
    private static ILocator ReaderTitle(IPage page) => page.Locator("search-widget dialog.reader .rtitle");

    private async Task<BrowserSession> OpenAsync(string pathAndHash, int height = 900)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var session = await fixture.NewSessionAsync(1280, height);
        await session.Page.GotoAsync(fixture.Url(pathAndHash));
        return session;
    }

    [SkippableFact]
    public async Task AResultOpensInPlaceAndEscBackToResultsAndTheBackButtonReturnToTheSameResults()
    {
        await using var session = await OpenAsync("/#search?q=ukraine", height: 500);
        var page = session.Page;
        await Expect(page.Locator("search-widget .sw:not(.busy)")).ToHaveCountAsync(1);
        var titles = await page.HitLinks().AllInnerTextsAsync();
        Assert.True(titles.Count >= 3, "needs a list long enough to scroll");
        var third = page.HitLinks().Nth(2);
        await third.ScrollIntoViewIfNeededAsync();
        var scrolled = await page.EvaluateAsync<double>("() => scrollY");
        Assert.True(scrolled > 0, "the page did not scroll: the test would not show the position is kept");
        var id = await third.GetAttributeAsync("data-doc");

        foreach (var way in new[] { "Escape", "Back to results", "the back button" })
        {
            var searches = 0;
            void Count(object? _, IRequest r) { if (r.Url.Contains("/api/search", StringComparison.Ordinal)) searches++; }
            page.Request += Count;
            await third.ClickAsync();
            await Expect(Reader(page)).ToBeVisibleAsync();
            await Expect(ReaderTitle(page)).ToHaveTextAsync(titles[2]);
            await Expect(ReaderTitle(page)).ToBeFocusedAsync();
            Assert.Equal($"#search?q=ukraine&open={id}", await page.HashAsync());
            await Expect(page.Locator("search-widget dialog.reader .rdoc mark").First).ToHaveTextAsync(new Regex("^[Uu]kraine"));

            switch (way)
            {
                case "Escape": await page.Keyboard.PressAsync("Escape"); break;
                case "Back to results": await page.Locator("search-widget dialog.reader button.rclose").ClickAsync(); break;
                default: await page.GoBackAsync(); break;
            }
            await Expect(Reader(page)).ToBeHiddenAsync();
            Assert.Equal("#search?q=ukraine", await page.HashAsync());
            // The same results, not searched again, at the same place, with focus back on the result that was opened.
            Assert.Equal(titles, await page.HitLinks().AllInnerTextsAsync());
            Assert.Equal(0, searches);
            Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => scrollY"));
            Assert.Equal("hit:2", await page.FocusedAsync());
            page.Request -= Count;
        }
        // Nothing was left in the history to walk through: back leaves the search.
        await page.GoBackAsync();
        Assert.Equal("", await page.HashAsync());
    }

    [SkippableFact]
    public async Task ASharedReadingLinkOpensTheReleaseWithItsTextMarkedQuotationsAndChips()
    {
        // /read/{id} is the link a hit carries for a person: it lands on the demo page with the release open.
        await using var session = await OpenAsync($"/read/{Statement}?q=peace");
        var page = session.Page;
        await Expect(Reader(page)).ToBeVisibleAsync();
        Assert.Equal($"#search?q=peace&open={Statement}", await page.HashAsync());
        var document = JsonDocument.Parse(await page.EvaluateAsync<string>($"() => fetch('/api/documents/{Statement}').then(r => r.text())")).RootElement;

        await Expect(ReaderTitle(page)).ToHaveTextAsync(document.GetProperty("title").GetString()!);
        var meta = page.Locator("search-widget dialog.reader .rdoc > .rbody > .meta");
        await Expect(meta.Locator("time")).ToHaveAttributeAsync("datetime", document.GetProperty("date").GetString()!);
        await Expect(meta).ToContainTextAsync(document.GetProperty("department").GetString()!);
        await Expect(meta.Locator("a.src")).ToHaveAttributeAsync("href", document.GetProperty("url").GetString()!);
        // The whole text, every paragraph, with the query's words marked and nothing but <mark> from the marked HTML.
        await Expect(page.Locator("search-widget dialog.reader .rtext p")).ToHaveCountAsync(document.GetProperty("paragraphs").GetArrayLength());
        Assert.True(await page.Locator("search-widget dialog.reader .rtext mark").CountAsync() >= 2);
        var tags = await page.EvaluateAsync<string[]>("() => [...document.querySelector('search-widget').shadowRoot.querySelectorAll('dialog.reader .rtext p *')].map(e => e.tagName)");
        Assert.All(tags, tag => Assert.Equal("MARK", tag));
        // Quotations set apart, each with its speaker.
        var quotes = document.GetProperty("quotes").EnumerateArray().ToList();
        await Expect(page.Locator("search-widget dialog.reader figure.rquote")).ToHaveCountAsync(quotes.Count);
        foreach (var speaker in quotes.Select(q => q.TryGetProperty("speaker", out var s) ? s.GetString() : null).OfType<string>().Distinct())
            await Expect(page.Locator("search-widget dialog.reader figure.rquote .speaker", new() { HasText = speaker }).First).ToBeVisibleAsync();

        // A person of the release starts a search filtered by that person.
        var actors = document.GetProperty("actors").EnumerateArray().Select(a => a.GetString()!).ToList();
        Skip.If(actors.Count == 0, "the statement names no actors");
        await Expect(page.Locator("search-widget dialog.reader .rchip[data-dim=actor]")).ToHaveCountAsync(actors.Count);
        await page.Locator("search-widget dialog.reader .rchip[data-dim=actor]").First.ClickAsync();
        await Expect(Reader(page)).ToBeHiddenAsync();
        await Expect(page.Chips()).ToHaveCountAsync(1);
        await Expect(page.Chips().First).ToContainTextAsync(actors[0]);
        await Expect(page.Box()).ToHaveValueAsync("");
        Assert.Equal($"#search?actor={actors[0].Replace(' ', '+')}", await page.HashAsync());
        await Expect(page.Hits().First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task RelatedReleasesOpenInTheViewAndEscReturnsToTheResultsInOneStep()
    {
        await using var session = await OpenAsync("/#search?q=coalition");
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        await page.HitLinks().First.ClickAsync();
        var related = page.Locator("search-widget dialog.reader section.related a");
        await Expect(related.First).ToBeVisibleAsync();
        var first = await page.HitLinks().First.GetAttributeAsync("data-doc");
        var next = await related.First.GetAttributeAsync("data-doc");
        Assert.NotEqual(first, next);
        var nextTitle = await related.First.InnerTextAsync();

        await related.First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(ReaderTitle(page)).ToHaveTextAsync(nextTitle);
        await Expect(ReaderTitle(page)).ToBeFocusedAsync();
        Assert.Equal($"#search?q=coalition&open={next}", await page.HashAsync());

        await page.Keyboard.PressAsync("Escape");
        await Expect(Reader(page)).ToBeHiddenAsync();
        Assert.Equal("#search?q=coalition", await page.HashAsync());
        Assert.Equal("hit:0", await page.FocusedAsync());
        // Forward again reopens the last release read.
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await Expect(ReaderTitle(page)).ToHaveTextAsync(nextTitle);
    }

    [SkippableFact]
    public async Task AListingEntryShowsItsHeadlineSummaryAndDate()
    {
        await using var session = await OpenAsync("/");
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        var listing = JsonDocument.Parse(await page.EvaluateAsync<string>("""
            async () => {
              const r = await (await fetch('/api/search?pageSize=100')).json();
              const hit = r.hits.find(h => h.kind === 'listing');
              return JSON.stringify(await (await fetch('/api/documents/' + encodeURIComponent(hit.documentId))).json());
            }
            """)).RootElement;
        var id = listing.GetProperty("id").GetString()!;
        await page.GotoAsync(fixture.Url("/#search?open=" + Uri.EscapeDataString(id)));
        await Expect(ReaderTitle(page)).ToHaveTextAsync(listing.GetProperty("title").GetString()!);
        // The view's own line, not the related releases' (listings too, and they may arrive before or after this check).
        var meta = page.Locator("search-widget dialog.reader .rbody > .meta");
        await Expect(meta.Locator(".tag")).ToHaveTextAsync("News listing");
        await Expect(page.Locator("search-widget dialog.reader .rsum")).ToHaveTextAsync(listing.GetProperty("summary").GetString()!);
        await Expect(meta.Locator("time")).ToHaveAttributeAsync("datetime", listing.GetProperty("date").GetString()!);
    }

    [SkippableFact]
    public async Task AnIdNoLongerInTheIndexSaysSoAndEscStillReturns()
    {
        await using var session = await OpenAsync("/#search?q=ukraine&open=no-such-release");
        var page = session.Page;
        await Expect(ReaderTitle(page)).ToHaveTextAsync("Release not found");
        await Expect(page.Locator("search-widget dialog.reader .empty")).ToContainTextAsync("no-such-release");
        await page.Keyboard.PressAsync("Escape");
        await Expect(Reader(page)).ToBeHiddenAsync();
        Assert.Equal("#search?q=ukraine", await page.HashAsync());
        await Expect(page.Hits().First).ToBeVisibleAsync();
    }
}
