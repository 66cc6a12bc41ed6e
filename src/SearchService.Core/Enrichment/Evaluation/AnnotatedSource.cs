using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>What an annotated source is, for scoring speakers: a named person, a pronoun, or a description or none.</summary>
internal enum SourceKind
{
    Named,
    Pronoun,
    Description,
}

/// <summary>
/// The head name of an annotated source, the way a reader picks the person out of it: "Nick Merrill, a Clinton
/// campaign spokesman" → Merrill; "Trump lawyer Marc Kasowitz" → Kasowitz; "the Washington Post's Ishaan Tharoor" →
/// Tharoor. A capitalised run followed by a noun or a possessive only modifies ("the Clinton campaign", "Clinton's
/// chief of staff"); a run ending in an organisation word or a nation names no person ("the Republican National
/// Committee", "South Korea"); titles come off ("Sen. Lindsey Graham"). Sources annotated without coreference stay
/// what they are: "he" is a pronoun, "the senator" a description; neither is scored for speaker.
/// </summary>
internal sealed partial class AnnotatedSource(NationGazetteer nations)
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "i", "we", "you", "it", "who", "which", "that", "him", "her", "them", "his", "its", "their",
        "whom", "himself", "herself", "themselves", "one", "this", "these", "those", "me", "us",
    };

    // Capitalised at a sentence start or as determiners, never names: "The senator", "One tweet", "His spokesman".
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "One", "Some", "Another", "Several", "Many", "Two", "Three",
        "Both", "His", "Her", "Their", "Our", "My", "Its", "Your", "Other", "Most", "All", "Few", "According", "Former",
    };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Committee", "Campaign", "Party", "Post", "Times", "News", "Journal", "House", "Department", "Office",
        "Administration", "Agency", "Bureau", "Association", "Foundation", "Institute", "University", "College", "Center",
        "Centre", "Council", "Network", "Media", "Group", "Fund", "PAC", "Inc", "Corp", "Club", "Press", "Court", "Senate",
        "Congress", "Magazine", "Service", "Watch", "Poll", "Project", "Report", "Tribune", "Review", "Statement",
        "Twitter", "Facebook", "Democrats", "Republicans", "Company", "Organization", "Coalition", "Union", "Commission",
        "Board", "Caucus", "Today", "Street", "Reuters", "Politico", "Breitbart", "Channel", "Team", "Ministry",
        "Government", "State", "States", "America", "County", "City", "Army", "Police", "Church", "School", "Hospital",
        "Bank", "Alliance", "Federation", "Society", "Trust", "Initiative", "Action", "Movement", "Forum", "Website",
        "Blog", "Daily", "Weekly", "Herald", "Gazette", "Examiner", "Monitor", "Standard", "Sun", "Mail", "Guardian",
        "Telegraph", "Observer", "Globe", "Chronicle", "Insider", "Beast", "Hill", "Show", "Radio", "TV", "Television",
        "Democrat", "Republican", "Democratic", "Conservative", "Liberal", "Progressive", "Supreme", "Staff", "Spokesman",
        "Spokeswoman", "Spokesperson", "Secretary", "President", "Senator", "Governor", "Mayor", "Chairman", "Director",
    };

    /// <summary>The kind of source, and for a named one the word a speaker's surname must equal (null otherwise).</summary>
    public (SourceKind Kind, string? Head, bool SingleWord) Classify(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return (SourceKind.Description, null, false);
        var text = Parenthetical().Replace(source, " ").Trim().TrimEnd(',', '.', ' ');
        if (Pronouns.Contains(text)) return (SourceKind.Pronoun, null, false);
        foreach (var part in text.Split(','))
        {
            foreach (var (run, previous, next) in Runs(part))
            {
                if (next is not null && next != "of" && next != "from" && next != "at" && next != "in" && next != "who" && next != "and") continue;
                // "the former top aide to President George W. Bush": the object of a preposition is not who spoke.
                if (previous is not null && Prepositions.Contains(previous)) continue;
                var name = PersonNames.WithoutTitles(string.Join(' ', run.Where(w => w is not ("II" or "III" or "IV"))));
                var words = name.Split(' ');
                var last = words[^1];
                if (PersonNames.IsTitle(last) || OrganisationWords.Contains(last) || nations.IsNationWord(last) || last.Length < 2) continue;
                if (last.All(c => !char.IsLetter(c) || char.IsUpper(c))) continue;
                return (SourceKind.Named, last, words.Length == 1);
            }
        }
        return (SourceKind.Description, null, false);
    }

    // Runs of capitalised words (with initials and name particles), each with the word after it: null at the end
    // of the part, "'s" for a possessive.
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "for", "of", "at", "with", "from", "by", "under", "in", "on", "about", "against", "behind",
    };

    private static IEnumerable<(List<string> Run, string? Previous, string? Next)> Runs(string part)
    {
        var tokens = Token().Matches(part).Select(m => m.Value).ToList();
        var run = new List<string>();
        string? previous = null;
        for (var i = 0; i <= tokens.Count; i++)
        {
            var token = i < tokens.Count ? tokens[i] : null;
            var inRun = token is not null && char.IsUpper(token[0]) && !(run.Count == 0 && Determiners.Contains(token))
                        || token is "de" or "van" or "von" or "der" or "la" or "le" or "del" && run.Count > 0;
            if (inRun)
            {
                if (run.Count == 0)
                {
                    // The word before the run, past articles: "aide to the President" → "to".
                    var back = i - 1;
                    while (back >= 0 && tokens[back] is "the" or "a" or "an") back--;
                    previous = back >= 0 ? tokens[back] : null;
                }
                var possessive = token!.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith('\'') || token.EndsWith('’');
                if (possessive)
                {
                    run.Clear();
                    continue;
                }
                run.Add(token.TrimEnd('.'));
                continue;
            }
            if (run.Count > 0) yield return (run, previous, token);
            run = [];
        }
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\p{N}.'’-]*")]
    private static partial Regex Token();
}
