using Microsoft.Playwright;

namespace SearchService.Api.Tests.Browser;

/// <summary>Locators into the widget's (open) shadow DOM; Playwright's CSS engine pierces shadow roots.</summary>
internal static class WidgetPage
{
    public static ILocator Box(this IPage page) => page.Locator("search-widget input[role=combobox]");
    public static ILocator Hits(this IPage page) => page.Locator("search-widget li.hit");
    public static ILocator HitLinks(this IPage page) => page.Locator("search-widget li.hit > a");
    public static ILocator Status(this IPage page) => page.Locator("search-widget .status");
    public static ILocator Alert(this IPage page) => page.Locator("search-widget .error[role=alert]");
    public static ILocator Facet(this IPage page, string dimension) => page.Locator($"search-widget details[data-facet={dimension}]");
    public static ILocator Chips(this IPage page) => page.Locator("search-widget .chip");
    public static ILocator Level(this IPage page, string level) => page.Locator($"search-widget .levels button[data-level={level}]");
    public static ILocator CurrentPage(this IPage page) => page.Locator("search-widget .pager button[aria-current=page]");

    /// <summary>What has focus inside the widget, described as tag.class or role, for keyboard assertions.</summary>
    public static Task<string> FocusedAsync(this IPage page) => page.EvaluateAsync<string>("""
        () => {
          const w = document.querySelector('search-widget');
          if (document.activeElement !== w) return 'outside:' + (document.activeElement && document.activeElement.tagName);
          const e = w.shadowRoot.activeElement;
          if (!e) return 'none';
          if (e.getAttribute('role') === 'combobox') return 'box';
          const links = [...w.shadowRoot.querySelectorAll('li.hit > a')];
          return links.includes(e) ? 'hit:' + links.indexOf(e) : e.tagName.toLowerCase();
        }
        """);

    public static Task<string> HashAsync(this IPage page) => page.EvaluateAsync<string>("() => decodeURIComponent(location.hash)");

    /// <summary>The total from the status line ("12 results for …").</summary>
    public static async Task<int> TotalAsync(this IPage page)
    {
        var text = await page.Status().InnerTextAsync();
        var digits = new string(text.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray());
        return digits.Length == 0 ? 0 : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>(value, count) of each value a facet panel lists.</summary>
    public static async Task<List<(string Value, int Count)>> FacetValuesAsync(this IPage page, string dimension)
    {
        var rows = await page.Facet(dimension).Locator("label:has(input[type=checkbox])").AllAsync();
        var values = new List<(string, int)>();
        foreach (var row in rows)
        {
            var spans = await row.Locator("span").AllInnerTextsAsync();
            values.Add((spans[0], int.Parse(spans[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return values;
    }
}
