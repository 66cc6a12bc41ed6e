using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment.Text;

/// <summary>A run of letters or digits (or an ampersand) in a text, with where it is.</summary>
internal readonly record struct WordToken(string Value, int Start, int End)
{
    public bool IsCapitalised => Value.Length > 0 && char.IsUpper(Value[0]);
}

internal static partial class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        foreach (Match m in Word().Matches(text)) tokens.Add(new WordToken(m.Value, m.Index, m.Index + m.Length));
        return tokens;
    }

    public static string[] Words(string phrase) => Word().Matches(phrase).Select(m => m.Value).ToArray();

    /// <summary>Text in capitals only (wire-service headlines): case tells nothing there.</summary>
    public static bool IsAllCaps(string text)
    {
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper > 0;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+|&")]
    private static partial Regex Word();
}
