using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment.Text;

/// <summary>
/// Runs a pattern with no literal to search for only where a match can start. A scan of such a pattern tries
/// nearly every capitalised word; instead the caller finds what every match must contain (a role word, a
/// reporting verb, a comma) and, from each, the few positions a match could start at. The same pattern behind
/// <c>\G</c> is tried there alone. That finds exactly what <see cref="Regex.Matches(string)"/> finds, in the same
/// order, provided the positions include every start a match can have: they are tried in order, each from the
/// end of the last match, and an anchored attempt sees the whole text (lookbehinds look before it, as in a scan).
/// </summary>
internal static class CueSearch
{
    /// <summary>The matches of <paramref name="anchored"/> (a pattern behind \G) tried at ascending <paramref name="starts"/>.</summary>
    public static IEnumerable<Match> Matches(Regex anchored, string text, List<int> starts)
    {
        var next = 0;
        foreach (var start in starts)
        {
            if (start < next) continue;
            var m = anchored.Match(text, start);
            if (!m.Success) continue;
            next = m.Index + Math.Max(m.Length, 1);
            yield return m;
        }
    }

    /// <summary>Every position where one of the words starts, ascending.</summary>
    public static List<int> Occurrences(string text, SearchValues<string> words)
    {
        var found = new List<int>();
        var offset = 0;
        while (offset < text.Length)
        {
            var i = text.AsSpan(offset).IndexOfAny(words);
            if (i < 0) break;
            found.Add(offset + i);
            offset += i + 1;
        }
        return found;
    }

    /// <summary>
    /// Where one of the words stands as a whole run of letters, ascending. A word that a pattern requires to
    /// follow a non-letter and to be followed by one (whitespace, '.', '-') always fills its run: looking runs up
    /// in a set is far cheaper than searching the text for many short strings.
    /// </summary>
    public static List<int> WholeRuns(string text, List<(int Start, int End)> runs, WordSet words)
    {
        var found = new List<int>();
        foreach (var (start, end) in runs)
            if (words.Contains(text.AsSpan(start, end - start))) found.Add(start);
        return found;
    }

    /// <summary>The maximal runs of letters and marks (\p{L}\p{M}) of a text: its word tokens, split at digits.</summary>
    public static List<(int Start, int End)> LetterRuns(string text, List<WordToken> tokens)
    {
        var runs = new List<(int, int)>(tokens.Count);
        foreach (var token in tokens)
        {
            // A token holds only letters, marks, digits and '&'; of 'A'..'z', only letters.
            if (!token.Span.ContainsAnyExceptInRange('A', 'z'))
            {
                runs.Add((token.Start, token.End));
                continue;
            }
            // Digits, non-ASCII letters or '&': split by character.
            var i = token.Start;
            while (i < token.End)
            {
                if (!IsLetterOrMark(text[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (++i < token.End && IsLetterOrMark(text[i])) { }
                runs.Add((start, i));
            }
        }
        return runs;
    }

    /// <summary>Where the <paramref name="tokens"/> whitespace-separated tokens before <paramref name="end"/> begin.</summary>
    /// <remarks>Moves no later when <paramref name="end"/> does: the windows of ascending ends begin in ascending order.</remarks>
    public static int TokensBefore(string text, int end, int tokens)
    {
        var i = end;
        for (var t = 0; t < tokens && i > 0; t++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        }
        return i;
    }

    /// <summary>Where the <paramref name="tokens"/> whitespace-separated tokens from <paramref name="start"/> end.</summary>
    public static int TokensAfter(string text, int start, int tokens)
    {
        var i = start;
        for (var t = 0; t < tokens && i < text.Length; t++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return i;
    }

    /// <summary>
    /// Adds the positions of [<paramref name="from"/>, <paramref name="to"/>) that <paramref name="canStart"/>
    /// accepts. Windows of successive anchors overlap and begin in ascending order, so only positions after the
    /// last one added are looked at: the list stays ascending and without repeats.
    /// </summary>
    public static void AddStarts(List<int> starts, string text, int from, int to, Func<string, int, bool> canStart)
    {
        if (starts.Count > 0) from = Math.Max(from, starts[^1] + 1);
        for (var q = from; q < to; q++)
            if (canStart(text, q)) starts.Add(q);
    }

    /// <summary>Adds one position if it comes after the last one added.</summary>
    public static void AddStart(List<int> starts, int position)
    {
        if (starts.Count == 0 || starts[^1] < position) starts.Add(position);
    }

    /// <summary>\p{Lu} at <paramref name="at"/>, and no letter or mark before it (<c>(?&lt;![\p{L}\p{M}])</c>).</summary>
    public static bool CapitalStartingWord(string text, int at) =>
        char.IsUpper(text[at]) && (at == 0 || !IsLetterOrMark(text[at - 1]));

    /// <summary>\p{L} or \p{M}: the categories UppercaseLetter (0) to EnclosingMark (7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrMark(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : (int)CharUnicodeInfo.GetUnicodeCategory(c) <= (int)UnicodeCategory.EnclosingMark;

    /// <summary>
    /// True when a case-insensitive search by <see cref="StringComparison.OrdinalIgnoreCase"/> may miss what
    /// <c>(?i)</c> finds: the regular expression also takes the Kelvin sign for a k. Such texts are scanned in full.
    /// </summary>
    public static bool HasCaseTraps(string text) => text.Contains('\u212A', StringComparison.Ordinal);
}
