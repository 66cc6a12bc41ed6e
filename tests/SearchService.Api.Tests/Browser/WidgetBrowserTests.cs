using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SearchService.Core.Tests.TestSupport;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>The widget end to end: the demo page and partner pages in a real headless Chromium against the real app.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WidgetBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private static readonly Regex CspViolation = new("Content Security Policy", RegexOptions.IgnoreCase);

    private async Task<BrowserSession> OpenAsync(string pathAndHash = "/", int width = 1280, int height = 900)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var session = await fixture.NewSessionAsync(width, height);
        await session.Page.GotoAsync(fixture.Url(pathAndHash));
        return session;
    }

    [SkippableFact]
    public async Task TypingAQueryShowsHighlightedResults()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        var answered = page.WaitForResponseAsync(r => r.Url.Contains("/api/search", StringComparison.Ordinal) && r.Url.Contains("q=ceasefire", StringComparison.Ordinal));

        await page.Box().PressSequentiallyAsync("ceasefire", new() { Delay = 30 });

        Assert.Equal(200, (await answered).Status);
        await Expect(page.Locator("search-widget li.hit mark").First).ToHaveTextAsync(new Regex("ceasefire", RegexOptions.IgnoreCase));
        await Expect(page.Status()).ToHaveTextAsync(new Regex(@"^\d+ results? for “ceasefire” in [\d.]+ ms$"));
        await Expect(page.Hits().First.Locator("time")).ToBeVisibleAsync();
        // Snippets went through innerHTML: nothing but <mark> may come out of it.
        var tags = await page.EvaluateAsync<string[]>("() => [...document.querySelector('search-widget').shadowRoot.querySelectorAll('.snip *, .hit > a *')].map(e => e.tagName)");
        Assert.All(tags, tag => Assert.Equal("MARK", tag));
        Assert.Equal("#search?q=ceasefire", await page.HashAsync());
        // The shadow DOM styles apply under the demo page's strict CSP (no 'unsafe-inline').
        var accent = await page.Locator("search-widget button.go").EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor");
        Assert.Equal("rgb(29, 112, 184)", accent);
        Assert.DoesNotContain(session.ConsoleProblems, CspViolation.IsMatch);
    }

    [SkippableFact]
    public async Task ChoosingAFacetValueNarrowsResultsAndKeepsItsSiblings()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        var total = await page.TotalAsync();
        var (dimension, values, chosen) = await FacetValueThatNarrowsAsync(page, total);
        output.WriteLine($"total {total}; choosing {dimension}={chosen.Value} ({chosen.Count}) among {values.Count} values");

        await page.Facet(dimension).Locator("label", new() { HasText = chosen.Value }).First.Locator("input").CheckAsync();

        await Expect(page.Status()).ToHaveTextAsync(new Regex($"^{chosen.Count} results? "));
        await Expect(page.Chips().First).ToContainTextAsync(chosen.Value);
        Assert.Contains($"{dimension}={chosen.Value}", (await page.HashAsync()).Replace('+', ' '), StringComparison.Ordinal);
        // Disjunctive: the dimension's values all stay, with unchanged counts (each counted without its own filter).
        var after = await page.FacetValuesAsync(dimension);
        Assert.Equal(values.OrderBy(v => v.Value), after.OrderBy(v => v.Value));
        if (values.Count < 2) output.WriteLine($"only one {dimension} value in the seeds' index: siblings not exercised yet");
        Assert.True(await page.Facet(dimension).Locator("label", new() { HasText = chosen.Value }).First.Locator("input").IsCheckedAsync());
        // Other dimensions now count within the narrowed results.
        foreach (var other in new[] { "department", "actor", "nation" }.Where(d => d != dimension))
        {
            if (await page.Facet(other).CountAsync() == 0) continue;
            Assert.All(await page.FacetValuesAsync(other), v => Assert.True(v.Count <= chosen.Count, $"{other}={v.Value} counts {v.Count}"));
        }

        await page.Locator("search-widget .clear").ClickAsync();
        await Expect(page.Chips()).ToHaveCountAsync(0);
        Assert.Equal(total, await WaitForTotalAsync(page, total));
    }

    [SkippableFact]
    public async Task SwitchingToQuotesAsksForQuotesAndShowsSpeakers()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        var answered = page.WaitForResponseAsync(r => r.Url.Contains("/api/search", StringComparison.Ordinal) && r.Url.Contains("type=quotes", StringComparison.Ordinal));

        await page.Level("quotes").ClickAsync();

        var response = await answered;
        await Expect(page.Level("quotes")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Contains("type=quotes", await page.HashAsync(), StringComparison.Ordinal);
        if (response.Status != 200)
        {
            // The API does not know quotes yet: the widget must say so rather than break. Tightens once quotes exist.
            output.WriteLine($"API answered {response.Status} to type=quotes; asserting the error state only.");
            await Expect(page.Alert()).ToBeVisibleAsync();
            return;
        }
        using var body = JsonDocument.Parse(await response.TextAsync());
        var hits = body.RootElement.GetProperty("hits");
        if (hits.GetArrayLength() == 0)
        {
            output.WriteLine("The API answers type=quotes with no quotes yet: asserting the empty state only. Tightens once quotes are indexed.");
            await Expect(page.Locator("search-widget .empty")).ToContainTextAsync("Nothing matches");
            return;
        }
        await Expect(page.Locator("search-widget blockquote.snip").First).ToBeVisibleAsync();
        var speakers = hits.EnumerateArray()
            .Select(h => h.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null)
            .Where(s => s is not null).ToList();
        output.WriteLine($"quotes: {hits.GetArrayLength()} hits, {speakers.Count} with a speaker");
        Assert.NotEmpty(speakers);
        await Expect(page.Locator("search-widget .speaker").First).ToContainTextAsync(speakers[0]!);
        if (body.RootElement.GetProperty("facets").TryGetProperty("speaker", out var speakerFacet) && speakerFacet.GetArrayLength() > 0)
            await Expect(page.Facet("speaker")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task PagingForwardAndBackFollowsTheBrowserHistory()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await page.Locator("search-widget").EvaluateAsync("w => w.setAttribute('page-size', '2')");
        await Expect(page.CurrentPage()).ToHaveTextAsync("1");
        var firstOnPage1 = await page.HitLinks().First.InnerTextAsync();

        await page.Locator("search-widget .pager button[rel=next]").ClickAsync();
        await Expect(page.CurrentPage()).ToHaveTextAsync("2");
        Assert.Contains("page=2", await page.HashAsync(), StringComparison.Ordinal);
        await Expect(page.HitLinks().First).Not.ToHaveTextAsync(firstOnPage1);

        await page.GoBackAsync();
        await Expect(page.CurrentPage()).ToHaveTextAsync("1");
        await Expect(page.HitLinks().First).ToHaveTextAsync(firstOnPage1);
        Assert.DoesNotContain("page=", await page.HashAsync(), StringComparison.Ordinal);

        await page.GoForwardAsync();
        await Expect(page.CurrentPage()).ToHaveTextAsync("2");
    }

    [SkippableFact]
    public async Task TheKeyboardAloneFindsAndOpensAResult()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        await page.Locator("h1").ClickAsync();

        await page.Keyboard.PressAsync("/");
        Assert.Equal("box", await page.FocusedAsync());
        await page.Keyboard.TypeAsync("ukraine", new() { Delay = 30 });
        await Expect(page.Status()).ToContainTextAsync("for “ukraine”");
        await page.Keyboard.PressAsync("Escape"); // closes suggestions, if the API offers any
        await page.Keyboard.PressAsync("Escape");
        // Esc never clears the search: a cleared box once ran a search for everything that redrew the list under the test.
        await Expect(page.Box()).ToHaveValueAsync("ukraine");
        await Expect(page.Locator("search-widget .sw:not(.busy)")).ToHaveCountAsync(1);
        Assert.True(await page.Hits().CountAsync() >= 2);

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("hit:0", await page.FocusedAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("hit:1", await page.FocusedAsync());
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("hit:0", await page.FocusedAsync());
        // Focus must be visible.
        var outline = await page.HitLinks().First.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle");
        Assert.Equal("solid", outline);

        await AssertEventuallyAsync(async () => await page.FocusedAsync() == "hit:0", "the first result lost focus before Enter");
        // Enter opens the focused result in the reading view, in place; Esc brings the keyboard back to that result.
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("search-widget dialog.reader")).ToBeVisibleAsync();
        await Expect(page.Locator("search-widget dialog.reader .rtitle")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("search-widget dialog.reader")).ToBeHiddenAsync();
        await AssertEventuallyAsync(async () => await page.FocusedAsync() == "hit:0", "focus did not come back to the result");
        await page.Keyboard.PressAsync("ArrowUp");
        await AssertEventuallyAsync(async () => await page.FocusedAsync() == "box", "ArrowUp from the first result did not reach the box");
    }

    [SkippableFact]
    public async Task SuggestionsCanBeChosenWithTheKeyboard()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        var suggest = page.WaitForResponseAsync(r => r.Url.Contains("/api/suggest", StringComparison.Ordinal));
        await page.Box().FocusAsync();
        await page.Keyboard.TypeAsync("coal", new() { Delay = 40 });
        var response = await suggest;
        if (response.Status == 404)
        {
            output.WriteLine("/api/suggest answers 404: the widget searches without suggestions.");
            await Expect(page.Locator("search-widget [role=listbox]")).ToBeHiddenAsync();
            await Expect(page.Status()).ToContainTextAsync("for “coal”");
            return;
        }
        using var body = JsonDocument.Parse(await response.TextAsync());
        var first = body.RootElement.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString()).FirstOrDefault();
        Skip.If(first is null, "no suggestions for 'coal' in the seeds");
        await Expect(page.Locator("search-widget [role=listbox]")).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Box()).ToHaveAttributeAsync("aria-activedescendant", new Regex("-o0$"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Box()).ToHaveValueAsync(first!);
        await Expect(page.Locator("search-widget [role=listbox]")).ToBeHiddenAsync();
        await Expect(page.Status()).ToContainTextAsync($"for “{first}”");
    }

    [SkippableFact]
    public async Task OpeningAResultsLinkRestoresTheSameSearch()
    {
        string hash, status;
        IReadOnlyList<string> titles;
        await using (var first = await OpenAsync())
        {
            var page = first.Page;
            await page.Box().FillAsync("ukraine");
            await page.Box().PressAsync("Enter");
            await Expect(page.Status()).ToContainTextAsync("for “ukraine”");
            var total = await page.TotalAsync();
            var (dimension, _, chosen) = await FacetValueThatNarrowsAsync(page, total);
            await page.Facet(dimension).Locator("label", new() { HasText = chosen.Value }).First.Locator("input").CheckAsync();
            await Expect(page.Chips()).ToHaveCountAsync(1);
            await Expect(page.Status()).ToHaveTextAsync(new Regex($"^{chosen.Count} results? "));
            hash = await page.EvaluateAsync<string>("() => location.hash");
            status = WithoutTiming(await page.Status().InnerTextAsync());
            titles = await page.HitLinks().AllInnerTextsAsync();
        }

        await using var second = await OpenAsync("/" + hash);
        var again = second.Page;
        await Expect(again.Box()).ToHaveValueAsync("ukraine");
        await Expect(again.Chips()).ToHaveCountAsync(1);
        await Expect(again.Status()).ToContainTextAsync(status);
        Assert.Equal(titles, await again.HitLinks().AllInnerTextsAsync());
        Assert.Equal(1, await again.Locator("search-widget details[data-facet] input[type=checkbox]:checked").CountAsync());
    }

    [SkippableFact]
    public async Task APageOnAnAllowedOriginGetsResults()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        var answered = page.WaitForResponseAsync(r => r.Url.Contains("/api/search", StringComparison.Ordinal));

        await page.GotoAsync(fixture.AllowedSite.Url.ToString());

        var response = await answered;
        Assert.Equal(fixture.AllowedSite.Origin, await response.HeaderValueAsync("access-control-allow-origin"));
        await Expect(page.Hits().First).ToBeVisibleAsync();
        await Expect(page.Alert()).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task APageOnAnUnlistedOriginIsRefusedAndSaysSo()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;

        await page.GotoAsync(fixture.RefusedSite.Url.ToString());

        await Expect(page.Alert()).ToContainTextAsync("Search is unavailable");
        await Expect(page.Hits()).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task AnUnreachableServiceShowsAnErrorWithRetry()
    {
        await using var session = await OpenAsync();
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();

        await page.Locator("search-widget").EvaluateAsync("w => w.setAttribute('endpoint', 'http://127.0.0.1:9')");

        await Expect(page.Alert()).ToContainTextAsync("could not be reached");
        await Expect(page.Alert().Locator("button", new() { HasText = "Try again" })).ToBeVisibleAsync();
        await Expect(page.Hits()).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task ANarrowScreenStacksFiltersBelowTheBox()
    {
        await using var session = await OpenAsync("/#search?q=ukraine", width: 360, height: 780);
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "the page scrolls sideways at 360 px");
        var toggle = page.Locator("search-widget button.ftoggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(page.Locator("search-widget aside.facets")).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(page.Locator("search-widget aside.facets")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "widget-360.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task ScreenshotOfTheDemoPageForTheReadme()
    {
        await using var session = await OpenAsync("/#search?q=ukraine&department=Ministry+of+Defence");
        var page = session.Page;
        await Expect(page.Hits().First).ToBeVisibleAsync();
        await Expect(page.Locator("search-widget li.hit mark").First).ToBeVisibleAsync();
        await Expect(page.Chips()).ToHaveCountAsync(1);
        await page.Locator("h1").ClickAsync(); // no focus ring in the picture

        // The README's picture is refreshed only when asked (UPDATE_SCREENSHOT=1): otherwise every run would leave
        // a changed docs/widget.png in the working tree (the picture shows a timing).
        var path = Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1"
            ? Path.Combine(Repository.Root, "docs", "widget.png")
            : Path.Combine(Path.GetTempPath(), "widget-demo.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });

        Assert.True(new FileInfo(path).Length > 10_000);
        Assert.Empty(session.Blocked);
    }

    /// <summary>A facet value that narrows the results, preferably in a dimension with siblings to watch.
    /// (The seeds' enrichment decides which dimensions have several values.)</summary>
    private static async Task<(string Dimension, List<(string Value, int Count)> Values, (string Value, int Count) Chosen)> FacetValueThatNarrowsAsync(IPage page, int total)
    {
        (string, List<(string, int)>, (string, int))? single = null;
        foreach (var dimension in new[] { "nation", "actor", "department" })
        {
            if (await page.Facet(dimension).CountAsync() == 0) continue;
            var values = await page.FacetValuesAsync(dimension);
            var narrowing = values.Where(v => v.Count < total).OrderBy(v => v.Count).ToList();
            if (narrowing.Count == 0) continue;
            if (values.Count >= 2) return (dimension, values, narrowing[0]);
            single ??= (dimension, values, narrowing[0]);
        }
        return single ?? throw new InvalidOperationException("no facet value narrows the results");
    }

    private static async Task<int> WaitForTotalAsync(IPage page, int expected)
    {
        await Expect(page.Status()).ToHaveTextAsync(new Regex($"^{expected} results? "));
        return await page.TotalAsync();
    }

    private static string WithoutTiming(string status) => Regex.Replace(status, @" in [\d.]+ ms$", "");

    private static async Task AssertEventuallyAsync(Func<bool> condition, string message)
    {
        for (var i = 0; i < 50 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), message);
    }

    private static async Task AssertEventuallyAsync(Func<Task<bool>> condition, string message)
    {
        for (var i = 0; i < 50 && !await condition(); i++) await Task.Delay(100);
        Assert.True(await condition(), message);
    }
}
