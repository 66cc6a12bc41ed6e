using System.Text.RegularExpressions;
using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>The people of one document and where the body names them.</summary>
internal sealed record ActorReading(IReadOnlyList<string> Actors, IReadOnlyList<PersonMention> Mentions);

/// <summary>
/// Finds the people a document names: by role and title cues ("Defence Secretary John Healey", "Mr Tsahkna",
/// "John Healey MP") and by the gazetteer of well-known figures. Later mentions by surname, "Mr X" or role
/// ("the Defence Secretary") resolve to the person introduced earlier; all go under one canonical name.
/// </summary>
internal sealed class ActorRecognizer(PersonGazetteer people, NationGazetteer nations, OrganisationGazetteer organisations)
{
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "He", "She", "We", "They", "His", "Her", "Our", "Their", "Its",
        "And", "But", "Or", "In", "On", "At", "Of", "For", "With", "From", "By", "To", "As", "If", "When", "After", "Before",
        "Government", "Ministry", "Department", "Office", "Council", "Committee", "House", "Parliament", "Commons",
        "Lords", "Cabinet", "Group", "Bank", "Corp", "Corporation", "Inc", "Ltd", "Co", "Company", "Plc", "Holdings",
        "Party", "Army", "Navy", "Force", "Forces", "Street", "Road", "Square", "Summit", "Day", "Week", "Year",
        "Motors", "Electric", "Mills", "Dynamics", "Foods", "Industries", "Securities", "Capital", "Trust", "Systems",
        "International", "Oil", "Petroleum", "Airlines", "Airways", "Partners", "Brothers", "Energy", "Assembly",
        "League", "Sector", "State", "States", "Republic", "Kingdom", "Union", "Nations", "Coalition", "Contact",
        "Defence", "Defense", "Foreign", "Home", "Treasury", "Exchequer", "Staff", "Affairs", "Services", "Health",
        "Education", "Justice", "Trade", "Finance", "Economy", "Agriculture", "Commerce", "Court", "Secretary",
        "Minister", "President", "Prime", "General", "Willing", "Reserve", "Federal", "Central", "National", "Royal",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Christmas",
        "Easter", "However", "Meanwhile", "Although", "Also", "Despite", "Still", "Yet", "Thus", "Moreover", "Furthermore",
        "Instead", "Earlier", "Later", "Separately", "Fully", "Now", "Then", "Only", "Even", "God", "Allah", "Internet", "Ministers", "Chiefs", "Officials", "Today", "Tomorrow", "Yesterday",
    };

    public ActorReading Recognize(IReadOnlyList<TextBlock> blocks, IEnumerable<string> known)
    {
        var actors = new ActorList();
        foreach (var name in known)
        {
            var clean = PersonNames.WithoutTitles(name);
            actors.Add(clean, people.Canonical(clean) ?? people.Canonical(name));
        }
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            if (WordTokenizer.IsAllCaps(block.Text))
            {
                foreach (var name in CapitalsIntroductions(block.Text)) actors.Add(name, people.Canonical(name));
                continue;
            }
            foreach (var (name, role, _) in Introductions(block.Text).OrderBy(c => c.Position))
            {
                var canonical = actors.Add(name, people.Canonical(name));
                if (canonical is null || role is null) continue;
                if (!roles.TryGetValue(role, out var holders)) roles[role] = holders = [];
                holders.Add(canonical);
            }
        }
        var resolved = actors.Resolve();
        var mentions = FindMentions(blocks, resolved, roles);
        return new ActorReading(resolved.Select(a => a.Name).ToList(), mentions);
    }

    private IEnumerable<(string Name, string? Role, int Position)> Introductions(string text)
    {
        foreach (Match m in PersonCues.RoleThenName().Matches(text))
        {
            if (Clean(m.Groups["name"].Value) is { } name) yield return (name, RoleKey(m.Groups["role"].Value), m.Groups["name"].Index);
        }
        foreach (Match m in PersonCues.NameThenPostNominal().Matches(text))
        {
            if (Clean(m.Groups["name"].Value) is { } name) yield return (name, null, m.Index);
        }
        foreach (Match m in PersonCues.NameThenRole().Matches(text))
        {
            if (Clean(m.Groups["name"].Value) is { } name) yield return (name, null, m.Index);
        }
        foreach (Match m in PersonCues.FullNameThenVerb().Matches(text))
        {
            if (Clean(m.Groups["name"].Value) is { } name && !LooksLikeCompany(name)) yield return (name, null, m.Index);
        }
        foreach (var m in people.Matcher.Matches(text, WordTokenizer.Tokenize(text)))
            yield return (m.Value, null, m.Start);
    }

    // Headlines in capitals: gazetteer names, and a name after a role or closing the headline; title-cased.
    private IEnumerable<string> CapitalsIntroductions(string text)
    {
        foreach (var m in people.CapitalsMatcher.Matches(text, WordTokenizer.Tokenize(text))) yield return m.Value;
        var cued = PersonCues.CapitalsRoleThenName().Matches(text).Concat(PersonCues.CapitalsAttribution().Matches(text));
        foreach (var m in cued)
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w[0] + w[1..].ToLowerInvariant()).ToList();
            if (words.Any(w => CapitalsNotNames.Contains(w.ToUpperInvariant()))) continue;
            if (Clean(string.Join(' ', words)) is { } name) yield return name;
        }
    }

    private static bool LooksLikeCompany(string name) =>
        name.Split(' ').Any(w => CompanyWords.Contains(w));

    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "Reuters", "Exchange", "Stock", "Market", "Markets", "Associates", "Research", "Investment", "Investors",
        "Management", "Financial", "Insurance", "Savings", "Loan", "Credit", "Futures", "Board", "Commission",
        "Institute", "Association", "Agency", "Bureau", "Service", "Post", "Times", "Journal", "News", "Press",
    };

    private static readonly HashSet<string> CapitalsNotNames = new(StringComparer.Ordinal)
    {
        "ANALYSTS", "ANALYST", "TRADERS", "TRADER", "SOURCES", "SOURCE", "DEALERS", "OFFICIALS", "OFFICIAL", "REPORT",
        "PAPER", "SURVEY", "STUDY", "BANKERS", "BANKER", "ECONOMISTS", "ECONOMIST", "INDUSTRY", "SPOKESMAN", "MINISTER",
        "MINISTRY", "GROUP", "FIRM", "COMPANY", "UNIT", "UNION", "UNIONS", "AGENCY", "TREASURY", "BUDGET", "TRADE",
        "PRICES", "PRICE", "SALES", "EARNINGS", "PROFIT", "RATES", "RATE", "SHARES", "STOCKS", "BONDS", "DOLLAR", "YEN",
        "MARKET", "MARKETS", "EXPORTS", "IMPORTS", "OUTPUT", "TALKS", "DEAL", "PLAN", "BILL", "HOUSE", "SENATE",
        "CONGRESS", "PARLIAMENT", "GOVERNMENT", "CABINET", "PARTY", "PRESIDENT", "SECRETARY", "CHAIRMAN", "GOVERNOR",
        "SAYS", "SEES", "WILL", "THAT", "THIS", "WITH", "FROM", "OVER", "INTO", "MORE", "LESS", "BANK", "BANKS", "NEWS",
        "PAPERS", "PRESS", "MEDIA", "DAILY", "WEEKLY", "MONTHLY", "YEAR", "QUARTER", "MONTH", "WEEK", "OTHERS",
    };

    // Titles off; refuse names made of nations, organisations or common capitalised words.
    private string? Clean(string raw)
    {
        var name = PersonNames.WithoutTitles(raw);
        if (people.Canonical(name) is not null) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length == 1 && words[0].Length < 3) return null;
        foreach (var word in words)
        {
            if (NotNameWords.Contains(word) || nations.IsNationWord(word) || organisations.IsOrganisationWord(word)) return null;
        }
        return name;
    }

    // "UK Defence Secretary" → "Defence Secretary": the role as a later mention would name it.
    private string? RoleKey(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (nations.IsNationWord(words[0]) || words[0] is "The" or "the")) words.RemoveAt(0);
        if (words.Count == 0 || words is ["Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Dame" or "Lord" or "Baroness" or "Mr." or "Dr."]) return null;
        return string.Join(' ', words);
    }

    private static List<PersonMention> FindMentions(IReadOnlyList<TextBlock> blocks, IReadOnlyList<ActorList.Actor> actors, Dictionary<string, HashSet<string>> roles)
    {
        var phrases = new List<(string, string)>();
        foreach (var actor in actors)
        {
            foreach (var form in actor.Forms) phrases.Add((form, actor.Name));
            var surname = PersonNames.Surname(actor.Name);
            if (surname.Length >= 3) phrases.Add((surname, actor.Name));
        }
        foreach (var (role, holders) in roles)
        {
            if (holders.Count == 1) phrases.Add((role, holders.First()));
        }
        var matcher = new PhraseMatcher<string>(phrases);
        var mentions = new List<PersonMention>();
        foreach (var block in blocks.Where(b => b.Paragraph >= 0))
        {
            foreach (var m in matcher.Matches(block.Text, WordTokenizer.Tokenize(block.Text)))
                mentions.Add(new PersonMention(block.Paragraph, m.Start, m.End, m.Value));
        }
        return mentions;
    }
}
