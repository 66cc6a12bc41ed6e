using System.Globalization;

namespace SearchService.Core.Querying.Syntax;

/// <summary>Dates of <c>date:</c> clauses: a year, a month or a day, each standing for the range of days it covers.</summary>
public static class DateValues
{
    /// <summary>The first and last day of <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else.</summary>
    public static bool TryParse(string text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var inv = CultureInfo.InvariantCulture;
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            first = last = day;
            return true;
        }
        if (text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            first = month;
            last = month.AddMonths(1).AddDays(-1);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year >= 1)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }
        return false;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>yyyymmdd, the form the facet snapshot keeps dates in.</summary>
    public static int Key(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;
}
