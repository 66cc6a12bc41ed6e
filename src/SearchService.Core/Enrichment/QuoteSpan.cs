namespace SearchService.Core.Enrichment;

/// <summary>
/// Where a quotation sits in a paragraph: its opening mark, its closing mark (-1 when it runs on into the
/// next paragraph, as multi-paragraph quotations do), the text between, and where that closing mark ends.
/// </summary>
internal sealed record QuoteSpan(int Open, int Close, string Text, int CloseLength = 1)
{
    public bool RunsOn => Close < 0;

    /// <summary>The first character after the closing mark.</summary>
    public int After => Close + CloseLength;

    /// <summary>
    /// Quotations in one paragraph: “curly”, "straight", GOV.UK-style ‘single’ marks, the New York Times' ''two
    /// apostrophes'' and a ”reversed” opening mark (a typesetting slip common enough in news to read as intended).
    /// </summary>
    /// <param name="text">The paragraph.</param>
    /// <param name="headline">Headlines quote with 'straight single marks' too; in body text those are mostly apostrophes.</param>
    public static List<QuoteSpan> Find(string text, bool headline = false)
    {
        var spans = new List<QuoteSpan>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var close = -2;
            var openLength = 1;
            var closeLength = 1;
            // Straight and curly marks are mixed up often enough ("“...," said X", ""...,” said X") that either closes.
            if (c == '“') close = NearestClose(text, i + 1, '”', '"');
            else if (c == '"' && OpensHere(text, i)) close = NearestClose(text, i + 1, '"', '”');
            else if (c == '‘' && OpensHere(text, i)) close = SingleClose(text, i + 1);
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'' && OpensHere(text, i))
            {
                openLength = closeLength = 2;
                close = text.IndexOf("''", i + 2, StringComparison.Ordinal);
            }
            else if (headline && c == '\'' && OpensHere(text, i) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) close = StraightSingleClose(text, i + 1);
            else if (c == '”' && OpensHere(text, i) && text.IndexOf('”', i + 1) is var reversed and > 0) close = reversed;
            if (close == -2)
            {
                i++;
                continue;
            }
            var end = close < 0 ? text.Length : close;
            var inner = text[(i + openLength)..end].Trim();
            if (inner.Length > 1) spans.Add(new QuoteSpan(i, close, inner, closeLength));
            if (close < 0) break;
            i = close + closeLength;
        }
        return spans;
    }

    // The first of the two marks that can close here; the other one only where it cannot open ("...,"  then a space).
    // The other mark is looked for only before the first of its own kind: most paragraphs use one kind throughout.
    private static int NearestClose(string text, int from, char mark, char other)
    {
        var close = text.IndexOf(mark, from);
        var limit = close < 0 ? text.Length : close;
        for (var j = text.IndexOf(other, from, limit - from); j >= 0; j = j + 1 < limit ? text.IndexOf(other, j + 1, limit - j - 1) : -1)
            if (!OpensHere(text, j) || other == '”') return j;
        return close;
    }

    // A closing ' follows a word and is not followed by a letter ("Don't" is an apostrophe).
    private static int StraightSingleClose(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] != '\'' || char.IsWhiteSpace(text[j - 1])) continue;
            if (j + 1 < text.Length && char.IsLetter(text[j + 1])) continue;
            return j;
        }
        return -2;
    }

    // Invisible formatting marks (a left-to-right embedding pasted from social media) do not count as what precedes.
    private static bool OpensHere(string text, int i)
    {
        while (i > 0 && char.GetUnicodeCategory(text[i - 1]) == System.Globalization.UnicodeCategory.Format) i--;
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':' or '“' or '"' or '-';
    }

    // A closing ’ is not followed by a letter (that is an apostrophe: "UK’s"), nor a plural possessive ("nations’ leaders").
    private static int SingleClose(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] != '’') continue;
            if (j + 1 < text.Length && char.IsLetter(text[j + 1])) continue;
            var possessive = text[j - 1] == 's' && j + 2 < text.Length && text[j + 1] == ' ' && char.IsLower(text[j + 2]);
            if (!possessive) return j;
        }
        return -1;
    }
}
