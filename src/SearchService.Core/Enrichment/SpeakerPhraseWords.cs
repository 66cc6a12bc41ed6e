using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>The words by which <see cref="SpeakerPhrases"/> tells subjects, titles, roles and connectives apart.</summary>
internal static partial class SpeakerPhrases
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "He", "She" };

    // Words after which a capitalised run is an object, not the subject: "a spokesman for Clinton said".
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "for", "of", "to", "at", "with", "from", "by", "about", "against", "on", "in", "under", "toward", "towards",
        "like", "than", "over", "into", "after", "before", "behind", "between", "near", "across", "outside", "inside",
        "and", "or", "&", "nor", "versus", "vs", "told", "asked", "called", "met", "named",
    };

    // Words that may follow the head of the subject: "Jeff Weaver of the Sanders campaign", "Graham, who", "Trump himself".
    private static readonly HashSet<string> AfterHead = new(StringComparer.Ordinal)
    {
        "of", "from", "at", "in", "on", "who", "whose", "himself", "herself", "with", "to", "for", "during", "after", "before",
        "when", "while", "as", "once", "too",
    };

    // Between the subject and its verb: "Trump also said", "Clinton has repeatedly said", "she later told".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "would", "will", "also", "later", "then", "once", "again", "previously", "recently", "often",
        "still", "even", "just", "did", "does", "do", "was", "is", "were", "are", "been", "being", "reportedly",
        "subsequently", "famously", "not", "never", "always", "first", "last", "now", "himself", "herself", "too",
    };

    private static bool IsAuxiliary(string word) =>
        Auxiliaries.Contains(word) || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);

    // Words that join clauses or modify a verb: a core made only of them has no subject of its own.
    private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "so", "then", "yet", "also", "later", "again", "went", "on", "to", "instead", "quickly", "simply",
        "finally", "eventually", "immediately", "soon", "has", "had", "have", "still", "even",
    };

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]*$")]
    private static partial Regex PartyAndState();

    private static bool IsTitleWord(string word) => PersonNames.IsTitle(word) || RoleWords.Contains(word.TrimEnd('.'));

    private static bool IsSuffix(string word) => word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV";

    private static NameSex HonorificSex(string word) => word.TrimEnd('.') switch
    {
        "Mr" or "Sir" or "Lord" or "King" or "Prince" or "Congressman" or "Spokesman" => NameSex.Male,
        "Mrs" or "Ms" or "Miss" or "Dame" or "Lady" or "Baroness" or "Queen" or "Princess" or "Congresswoman" or "Spokeswoman" => NameSex.Female,
        _ => NameSex.Unknown,
    };

    // Roles written before a name with a capital ("Spokeswoman Maria Zakharova", "Adviser Sidney Blumenthal").
    private static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Aide", "Lawyer", "Attorney", "Strategist",
        "Pollster", "Director", "Chairman", "Chairwoman", "Chairperson", "Leader", "Candidate", "Nominee", "Officer",
        "Detective", "Sheriff", "Coach", "Pastor", "Rev", "Reverend", "Father", "Bishop", "Rabbi", "Imam", "Economist",
        "Analyst", "Commissioner", "Agent", "Sergeant", "Secretary", "Minister", "Senator", "Congressman", "Congresswoman",
        "Representative", "Gov", "Governor", "Mayor", "Justice", "Judge", "Manager", "Executive", "CEO", "Founder",
        "Host", "Anchor", "Correspondent", "Editor", "Columnist", "Reporter", "Professor", "Dean", "Chief", "Deputy",
        "Delegate", "Activist", "Organizer", "Volunteer", "Supporter", "Voter", "Chancellor", "Ambassador", "Envoy",
        "Whip", "Speaker", "Premier", "President", "Vice", "Lt", "Sgt", "Cpl", "Pvt", "Gen", "Adm", "Col", "Maj", "Capt",
        "Lieutenant", "Captain", "Colonel", "Major", "General", "Admiral", "Commander", "Private", "Corporal", "Rep", "Sen",
        "Atty", "Supt", "Insp", "Inspector", "Superintendent", "Constable", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Del",
    };

    // Capitalised at the start of a sentence or clause, never the first word of a name.
    private static readonly HashSet<string> LeadingNotName = new(StringComparer.Ordinal)
    {
        "In", "At", "On", "While", "When", "But", "And", "As", "If", "After", "Before", "Then", "So", "Still", "Yet", "Now",
        "However", "Also", "Meanwhile", "Asked", "Speaking", "Later", "Earlier", "Today", "Yesterday", "Last", "This",
        "That", "The", "A", "An", "His", "Her", "Their", "Our", "My", "Its", "Former", "Both", "Even", "Only", "Instead",
        "Responding", "Writing", "Appearing", "Addressing", "Asked", "During", "Since", "Though", "Although", "Because",
        "According", "Like", "Unlike", "With", "Without", "For", "From", "By", "To", "Of", "Here", "There", "Where", "Why",
        "How", "What", "Who", "Sources", "Officials", "Critics", "Supporters", "Analysts", "Experts", "Republicans",
        "Democrats", "Conservatives", "Liberals", "Voters", "Many", "Some", "Several", "Other", "Others", "Another",
        "More", "Most", "Pollsters", "Observers", "Protesters", "Residents", "Lawmakers", "Aides", "Advisers", "Strategists",
        "Economists", "Researchers", "Scientists", "Doctors", "Leaders", "Members", "Activists", "Witnesses", "Police",
        "Prosecutors", "Investigators", "Authorities", "Organizers", "Organisers", "Students", "Parents", "Teachers", "Workers",
    };
}
