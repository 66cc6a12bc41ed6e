using System.Text;

namespace SearchService.Core.Querying;

/// <summary>
/// The walking skeleton's query reader: words (all must match), <c>"phrases"</c> and <c>prefix*</c>.
/// Every term is emitted as a quoted FTS5 string, so no user text is ever read as FTS5 syntax.
/// </summary>
public static class SimpleQueryParser
{
    /// <summary>The FTS5 MATCH expression for <paramref name="query"/>, or null when it has no searchable term.</summary>
    public static string? ToFts5(string query)
    {
        var terms = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0) throw new QuerySyntaxException("unclosed quotation mark", i);
                AddTerm(terms, query[(i + 1)..close], prefix: false);
                i = close + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"') i++;
            var word = query[start..i];
            var prefix = word.Length > 1 && word.EndsWith('*');
            AddTerm(terms, prefix ? word[..^1] : word, prefix);
        }
        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    private static void AddTerm(List<string> terms, string text, bool prefix)
    {
        // FTS5 reads a NUL as the end of the expression, and no control character is ever indexed.
        text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        if (!text.Any(char.IsLetterOrDigit)) return;
        var quoted = new StringBuilder(text.Length + 4).Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        if (prefix) quoted.Append(" *");
        terms.Add(quoted.ToString());
    }
}
