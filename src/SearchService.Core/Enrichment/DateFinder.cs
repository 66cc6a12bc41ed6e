using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>Finds dates written in text: "10 April 2025", "April 10, 2025", "10/04/2025" (day first, as in UK text).</summary>
public static partial class DateFinder
{
    public static string? FirstDate(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (Match m in AnyDate().Matches(text))
            {
                var date = Parse(m);
                if (date is not null) return date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static DateOnly? Parse(Match m)
    {
        int day, month, year;
        if (m.Groups["dmy_d"].Success)
        {
            day = int.Parse(m.Groups["dmy_d"].Value, CultureInfo.InvariantCulture);
            month = MonthNumber(m.Groups["dmy_m"].Value);
            year = int.Parse(m.Groups["dmy_y"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["mdy_d"].Success)
        {
            day = int.Parse(m.Groups["mdy_d"].Value, CultureInfo.InvariantCulture);
            month = MonthNumber(m.Groups["mdy_m"].Value);
            year = int.Parse(m.Groups["mdy_y"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            day = int.Parse(m.Groups["n_d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["n_m"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["n_y"].Value, CultureInfo.InvariantCulture);
        }
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int MonthNumber(string name) =>
        DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;

    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?:(?<dmy_d>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmy_m>" + Month + @")\.?,?\s+(?<dmy_y>(?:19|20)\d{2})|(?<mdy_m>" + Month + @")\.?\s+(?<mdy_d>\d{1,2})(?:st|nd|rd|th)?,\s*(?<mdy_y>(?:19|20)\d{2})|(?<n_d>\d{1,2})/(?<n_m>\d{1,2})/(?<n_y>(?:19|20)\d{2}))\b")]
    private static partial Regex AnyDate();
}
