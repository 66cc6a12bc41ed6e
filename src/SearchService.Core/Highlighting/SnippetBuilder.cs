using System.Text;

namespace SearchService.Core.Highlighting;

/// <summary>
/// Turns marked text into safe HTML: the window of about <c>words</c> words with the most matches, cut on
/// word boundaries with an ellipsis where cut, the text HTML-escaped and only our own &lt;mark&gt; tags added.
/// </summary>
public static class SnippetBuilder
{
    public static string Html(string marked) => Render(Split(Join(marked)), 0, int.MaxValue, ellipses: false);

    public static string Snippet(string marked, int words)
    {
        var tokens = Split(Join(marked));
        if (tokens.Count <= words) return Render(tokens, 0, tokens.Count, ellipses: false);

        // Densest window: the start that covers the most match starts; ties go to the earliest.
        var bestStart = 0;
        var best = -1;
        var inWindow = 0;
        for (var end = 0; end < tokens.Count; end++)
        {
            if (tokens[end].StartsMatch) inWindow++;
            var start = end - words + 1;
            if (start < 0) continue;
            if (inWindow > best) { best = inWindow; bestStart = start; }
            if (tokens[start].StartsMatch) inWindow--;
        }
        // Lead in a little before the first match so it is read in context.
        var firstMatch = Enumerable.Range(bestStart, words).FirstOrDefault(i => tokens[i].StartsMatch, bestStart);
        bestStart = Math.Max(0, Math.Min(bestStart, firstMatch - words / 4));
        bestStart = Math.Min(bestStart, tokens.Count - words);
        return Render(tokens, bestStart, bestStart + words, ellipses: true);
    }

    private sealed record Token(string Text, bool InsideAtStart, bool StartsMatch);

    // The highlighter marks word by word; marks separated only by spaces are one span ("<mark>Coalition of the
    // Willing</mark>"), as a phrase is read.
    private static string Join(string marked)
    {
        if (!marked.Contains(MarkHighlighter.Close)) return marked;
        var sb = new StringBuilder(marked.Length);
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == MarkHighlighter.Close)
            {
                var next = i + 1;
                while (next < marked.Length && marked[next] == ' ') next++;
                if (next < marked.Length && next > i + 1 && marked[next] == MarkHighlighter.Open)
                {
                    sb.Append(' ', next - i - 1);
                    i = next;
                    continue;
                }
            }
            sb.Append(marked[i]);
        }
        return sb.ToString();
    }

    // Whitespace-separated tokens; each remembers whether a mark was open when it began.
    private static List<Token> Split(string marked)
    {
        var tokens = new List<Token>();
        var inside = false;
        foreach (var word in marked.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var startsInside = inside;
            foreach (var c in word)
            {
                if (c == MarkHighlighter.Open) inside = true;
                else if (c == MarkHighlighter.Close) inside = false;
            }
            tokens.Add(new Token(word, startsInside, word.Contains(MarkHighlighter.Open)));
        }
        return tokens;
    }

    private static string Render(List<Token> tokens, int start, int end, bool ellipses)
    {
        end = Math.Min(end, tokens.Count);
        var html = new StringBuilder();
        if (ellipses && start > 0) html.Append("… ");
        var open = false;
        for (var i = start; i < end; i++)
        {
            if (i > start) html.Append(' ');
            if (i == start && tokens[i].InsideAtStart) { html.Append("<mark>"); open = true; }
            foreach (var c in tokens[i].Text)
            {
                if (c == MarkHighlighter.Open) { if (!open) html.Append("<mark>"); open = true; }
                else if (c == MarkHighlighter.Close) { if (open) html.Append("</mark>"); open = false; }
                else HtmlText.Append(html, c);
            }
        }
        if (open) html.Append("</mark>");
        if (ellipses && end < tokens.Count) html.Append(" …");
        return html.ToString();
    }
}
