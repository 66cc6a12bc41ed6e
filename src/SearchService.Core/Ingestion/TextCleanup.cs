using System.Text.RegularExpressions;

namespace SearchService.Core.Ingestion;

internal static partial class TextCleanup
{
    /// <summary>Collapses runs of white space (including non-breaking spaces) to one space and trims.</summary>
    public static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The first sentence of a paragraph, without its final full stop: a title for articles that have none.</summary>
    public static string LeadSentence(string paragraph)
    {
        var match = SentenceEnd().Match(paragraph);
        var sentence = match.Success ? paragraph[..match.Index] : paragraph;
        return sentence.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();

    // A full stop followed by space and a capital, not after a single capital (initials) or common abbreviations.
    [GeneratedRegex(@"(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sir))\.(?=\s+[A-Z“""‘'])")]
    private static partial Regex SentenceEnd();
}
