using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Planning;

/// <summary>
/// FTS5 expression pieces. Every user word becomes a double-quoted FTS5 string with <c>"</c> doubled, so FTS5
/// reads it as text only (NEAR, ^, {col}:, *, AND are just characters inside a string). Column names come from
/// <see cref="LevelSchema"/>, never from the user.
/// </summary>
public static class Fts5Text
{
    /// <summary>Quotes text as one FTS5 string. Control characters become spaces: FTS5 reads a NUL as the end of
    /// the expression ("unterminated string"), and no control character is ever part of an indexed token.</summary>
    public static string Quote(string text)
    {
        var clean = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });
        return "\"" + clean.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A phrase (one or more words), a prefix, restricted to a column or not; null when the text has no token.</summary>
    public static string? Phrase(string text, string? column, bool prefix = false)
    {
        if (!SurfaceWords.HasToken(text)) return null;
        var phrase = Quote(text) + (prefix ? " *" : "");
        return column is null ? phrase : "{" + column + "} : " + phrase;
    }

    public static string Join(string op, IEnumerable<string> parts) => string.Join($" {op} ", parts.Select(p => "(" + p + ")"));

    /// <summary>A text tree as an FTS5 MATCH expression.</summary>
    public static string Write(TextExpr expression) => expression switch
    {
        TextPhrase p => Phrase(p.Text, p.Column, p.Prefix) ?? throw new InvalidOperationException("a planned phrase has no token"),
        TextAnd a => Join("AND", a.Parts.Select(Write)),
        TextOr o => Join("OR", o.Parts.Select(Write)),
        TextNot n => "(" + Write(n.Positive) + ") NOT (" + Write(n.Negative) + ")",
        _ => throw new InvalidOperationException($"unknown text expression {expression.GetType().Name}"),
    };
}
