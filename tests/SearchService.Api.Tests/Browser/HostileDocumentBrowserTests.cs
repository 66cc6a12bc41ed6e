using SearchService.Core.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SearchService.Api.Tests.Browser;

/// <summary>
/// A document whose text is markup is indexed, searched and shown in the widget as text: no element of its
/// own reaches the page, no script of its own runs, in the title, the snippet or the facet lists.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileDocumentBrowserTests(BrowserFixture fixture)
{
    private const string Hostile = """
        {"id": "hostile-1", "title": "<img src=x onerror=\"window.__owned=1\"> Budget <script>window.__owned=2</script>",
         "department": "<b onmouseover=\"window.__owned=3\">Department</b>",
         "actors": ["<svg onload=\"window.__owned=4\">Mallory</svg>"], "nations": ["France"],
         "paragraphs": ["The budget &lt;rose&gt; as <iframe src=\"javascript:window.__owned=5\"></iframe> promised, with \"quotes\" & 'apostrophes'."]}
        """;

    [SkippableFact]
    public async Task MarkupInADocumentIsShownAsTextNeverRun()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        using var sources = new TempFolder();
        foreach (var seed in Directory.GetFiles(Repository.Seeds)) File.Copy(seed, Path.Combine(sources.Path, Path.GetFileName(seed)));
        sources.File("hostile.jsonl", Hostile.ReplaceLineEndings(" "));
        using var app = new KestrelAppFactory(allowedOrigins: "", sources: sources.Path);
        app.Start();

        await using var session = await fixture.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync(new Uri(app.BaseAddress, "/#search?q=budget").ToString());
        var hit = page.Locator("search-widget li.hit", new() { HasText = "Budget" }).First;
        await Expect(hit).ToBeVisibleAsync();
        await Expect(hit).ToContainTextAsync("<img src=x");
        await Expect(hit).ToContainTextAsync("<iframe src=");
        await Expect(page.Locator("search-widget").Locator("text=<b onmouseover").First).ToBeVisibleAsync();

        var injected = await page.EvaluateAsync<int>(
            "() => document.querySelector('search-widget').shadowRoot.querySelectorAll('img, script, iframe, svg, b[onmouseover], [onerror], [onload]').length");
        Assert.Equal(0, injected);
        await hit.HoverAsync();
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__owned ?? null"));
    }
}
