using System.Globalization;

namespace SearchService.Core.Quotations;

/// <summary>A quotation's id as quote hits carry it: its document's id, <c>#q</c>, its index in the document.</summary>
public readonly record struct QuoteId(string DocumentId, int Index)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{DocumentId}#q{Index}");

    /// <summary>Reads <c>DOCUMENT#qN</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out QuoteId id)
    {
        id = default;
        var mark = text?.LastIndexOf("#q", StringComparison.Ordinal) ?? -1;
        if (mark <= 0) return false;
        var digits = text.AsSpan(mark + 2);
        if (digits.IsEmpty || digits.Length > 6 || (digits.Length > 1 && digits[0] == '0')) return false;
        foreach (var c in digits) if (!char.IsAsciiDigit(c)) return false;
        id = new QuoteId(text![..mark], int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }
}
