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
        // Conjunctions that start a sentence before a surname: "While Mendoza said ..." names Mendoza.
        "While", "Whilst", "Because", "Since", "Unless", "Until", "Though", "Whereas", "So", "Hence",
        // Places and bodies that take a capitalised name and a reporting verb like people do ("Buckingham Palace said").
        "Palace", "Wharf", "Abbey", "Castle", "Cathedral", "Airport", "Station", "Stadium", "Arena", "Avenue", "Barracks",
        "Programme", "Network", "Society", "Chamber", "Confederation", "Initiative", "Campaign", "Institute", "Authority",
        "Agency", "Commission", "Foundation", "Fund", "Alliance", "Federation", "Organisation", "Organization", "University",
        "College", "School", "Hospital", "Police", "Constabulary", "Storm", "HMS", "Speaking", "Conservative", "Conservatives",
        "Labour", "Liberal", "Democrats", "Tory", "Tories", "Republican", "Republicans", "Democratic", "Unionist",
    };

    // A capitalised word after these is a place ("Speaking in Manchester, the Chancellor said"), never a person.
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "from", "near", "across", "outside", "inside", "around", "throughout", "into", "via", "towards",
        "toward", "visiting", "visited", "In", "At", "From", "Near", "Across", "Outside", "Inside", "Around", "Throughout",
    };

    public ActorReading Recognize(IReadOnlyList<TextBlock> blocks, IEnumerable<string> known)
    {
        var actors = new ActorList();
        foreach (var name in known)
        {
            var clean = PersonNames.WithoutTitles(name);
            actors.Add(clean, people.Canonical(clean) ?? people.Canonical(name));
        }
        var roles = new Dictionary<string, Dictionary<string, bool>>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            if (WordTokenizer.IsAllCaps(block.Text))
            {
                foreach (var name in CapitalsIntroductions(block)) actors.Add(name, people.Canonical(name));
                continue;
            }
            foreach (var (name, role, _) in Introductions(block).OrderBy(c => c.Position))
            {
                if (name.StartsWith("Sir ", StringComparison.Ordinal))
                {
                    actors.AddGivenName(name["Sir ".Length..], name);
                    continue;
                }
                var canonical = actors.Add(name, people.Canonical(name));
                if (canonical is null || role is null) continue;
                foreach (var key in RoleKeys(role.Value.Key))
                {
                    if (!roles.TryGetValue(key, out var holders)) roles[key] = holders = new(StringComparer.Ordinal);
                    holders[canonical] = holders.GetValueOrDefault(canonical) || role.Value.Foreign;
                }
            }
        }
        CompleteSurnames(actors, blocks);
        var resolved = actors.Resolve();
        var mentions = FindMentions(blocks, resolved, roles);
        return new ActorReading(resolved.Select(a => a.Name).ToList(), mentions);
    }

    private IEnumerable<(string Name, (string Key, bool Foreign)? Role, int Position)> Introductions(TextBlock block)
    {
        var text = block.Text;
        var cues = new PersonCueSearch(block);
        foreach (var m in cues.RoleThenName())
        {
            var raw = m.Groups["name"].Value;
            // "Vice-Premier He Lifeng": after a role, "He" is a surname, not the pronoun.
            var name = Clean(raw) ?? (raw.StartsWith("He ", StringComparison.Ordinal) && raw.Count(c => c == ' ') == 1 && Clean(raw[3..]) is not null ? raw : null);
            if (name is null) continue;
            var role = m.Groups["role"].Value;
            // "Sir Keir", "Dame Emma": a knight is called by the first name; it is the person introduced in full.
            if (role.Split(' ')[^1] is "Sir" or "Dame" && !IsFullName(name)) yield return ("Sir " + name, null, m.Groups["name"].Index);
            else yield return (name, RoleKey(role), m.Groups["name"].Index);
        }
        foreach (var m in cues.NameThenPostNominal())
        {
            if (Clean(m.Groups["name"].Value) is { } name) yield return (name, null, m.Index);
        }
        foreach (var m in cues.NameThenRole())
        {
            if (AfterPlacePreposition(text, m.Groups["name"].Index)) continue;
            if (Clean(m.Groups["name"].Value) is { } name) yield return (name, null, m.Index);
        }
        foreach (var m in cues.NameThenAppositive())
        {
            if (AfterPlacePreposition(text, m.Groups["name"].Index)) continue;
            if (Clean(m.Groups["name"].Value) is { } name && IsFullName(name)) yield return (name, null, m.Index);
        }
        foreach (var m in cues.RoleThenCommaName())
        {
            // "its European partner, European Silicon Structures,": a business partner is as often a company.
            if (m.Value.StartsWith("partner", StringComparison.OrdinalIgnoreCase)) continue;
            if (Clean(m.Groups["name"].Value) is { } name && IsFullName(name)) yield return (name, null, m.Groups["name"].Index);
        }
        foreach (var m in cues.FullNameThenVerb())
        {
            if (AfterPlacePreposition(text, m.Groups["name"].Index)) continue;
            if (Clean(m.Groups["name"].Value, nationFirstName: false) is { } name && !LooksLikeCompany(name)) yield return (name, null, m.Index);
        }
        foreach (var m in people.Matcher.Matches(text, block.Tokens))
            yield return (m.Value, null, m.Start);
    }

    // Headlines in capitals: gazetteer names, and a name after a role or closing the headline; title-cased.
    private IEnumerable<string> CapitalsIntroductions(TextBlock block)
    {
        var text = block.Text;
        foreach (var m in people.CapitalsMatcher.Matches(text, block.Tokens)) yield return m.Value;
        var cued = PersonCues.CapitalsRoleThenName().Matches(text).Concat(PersonCues.CapitalsAttribution().Matches(text));
        foreach (var m in cued)
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w[0] + w[1..].ToLowerInvariant()).ToList();
            if (words.Any(w => CapitalsNotNames.Contains(w.ToUpperInvariant()))) continue;
            if (Clean(string.Join(' ', words)) is { } name) yield return name;
        }
    }

    private static bool IsFullName(string name) => name.Contains(' ', StringComparison.Ordinal);

    private static bool AfterPlacePreposition(string text, int nameStart)
    {
        var before = text[..nameStart].TrimEnd();
        var space = before.LastIndexOfAny([' ', '\n', '\t']);
        var word = before[(space + 1)..];
        if (word == "to") return !before.EndsWith("according to", StringComparison.OrdinalIgnoreCase);
        return PlacePrepositions.Contains(word);
    }

    private static bool LooksLikeCompany(string name) =>
        name.Split(' ').Any(w => CompanyWords.Contains(w));

    private static readonly HashSet<string> CompanyWords = new(StringComparer.Ordinal)
    {
        "Reuters", "Exchange", "Stock", "Market", "Markets", "Associates", "Research", "Investment", "Investors",
        "Management", "Financial", "Insurance", "Savings", "Loan", "Credit", "Futures", "Board", "Commission",
        "Institute", "Association", "Agency", "Bureau", "Service", "Post", "Times", "Journal", "News", "Press",
        "Club", "Caucus", "Network", "Magazine", "Tribune", "Herald", "Gazette", "Poll", "Project", "Watch", "Center", "Centre",
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

    /// <summary>The name without titles, or null when it is made of nations, organisations or common capitalised words.</summary>
    internal string? PersonName(string raw) => Clean(raw);

    // Titles off; refuse names made of nations, organisations or common capitalised words.
    private string? Clean(string raw, bool nationFirstName = true)
    {
        var name = PersonNames.WithoutTitles(raw);
        if (people.Canonical(name) is not null) return name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length == 1 && words[0].Length < 3) return null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            // "Jordan Hayes", "Chad Walker": a nation that is also a first name, as the first of several words.
            // Not on the weakest cue alone: "Georgia Power said" is a company.
            if (nationFirstName && i == 0 && words.Length > 1 && nations.MayBeFirstName(word)) continue;
            if (NotNameWords.Contains(word) || nations.IsNationWord(word) || organisations.IsOrganisationWord(word)) return null;
        }
        return name;
    }

    // "UK Defence Secretary" → "Defence Secretary": the role as a later mention would name it; Foreign when a
    // nation other than the UK qualifies it ("Indian Prime Minister"), so "the Prime Minister" is the UK's one.
    private (string Key, bool Foreign)? RoleKey(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var foreign = false;
        while (words.Count > 0 && (nations.IsNationWord(words[0]) || words[0] is "The" or "the"))
        {
            foreign |= nations.Canonical(words[0]) is { } nation && nation != "United Kingdom";
            words.RemoveAt(0);
        }
        // "Prime Minister Sir Keir Starmer": the honorific is not part of the role.
        while (words.Count > 1 && words[^1].TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Dame" or "Lord" or "Lady" or "Baroness" or "Professor")
            words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || words is ["Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Dame" or "Lord" or "Baroness" or "Mr." or "Dr."]) return null;
        return (string.Join(' ', words), foreign);
    }

    // "Business and Trade Secretary" is also "the Business Secretary" and "the Trade Secretary" later on.
    private static IEnumerable<string> RoleKeys(string key)
    {
        yield return key;
        var words = key.Split(' ');
        var and = Array.FindIndex(words, w => w is "and" or "&");
        if (and <= 0 || and >= words.Length - 2) yield break;
        yield return string.Join(' ', words[..and]) + " " + words[^1];
        yield return string.Join(' ', words[(and + 1)..]);
    }

    // "Ms Baerbock" found by a cue, "Germany's Annalena Baerbock" elsewhere: the surname takes its first name.
    private void CompleteSurnames(ActorList actors, IReadOnlyList<TextBlock> blocks)
    {
        foreach (var actor in actors.Resolve().Where(a => !a.Name.Contains(' ', StringComparison.Ordinal)))
        {
            var pattern = new Regex(@"(?<![\p{L}\p{M}'’.-])(?<given>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s+" + Regex.Escape(actor.Name) + @"(?![\p{L}\p{M}])");
            foreach (var block in blocks)
            {
                var given = pattern.Matches(block.Text).Select(m => m.Groups["given"].Value)
                    .FirstOrDefault(g => !PersonNames.IsTitle(g) && Clean(g + " " + actor.Name) is not null && !AfterPlacePreposition(block.Text, block.Text.IndexOf(g, StringComparison.Ordinal)));
                if (given is null) continue;
                actors.Add(given + " " + actor.Name, people.Canonical(given + " " + actor.Name));
                break;
            }
        }
    }

    private static List<PersonMention> FindMentions(IReadOnlyList<TextBlock> blocks, IReadOnlyList<ActorList.Actor> actors, Dictionary<string, Dictionary<string, bool>> roles)
    {
        var phrases = new List<(string, string)>();
        foreach (var actor in actors)
        {
            foreach (var form in actor.Forms) phrases.Add((form, actor.Name));
            var surname = PersonNames.Surname(actor.Name);
            if (surname.Length >= 3) phrases.Add((surname, actor.Name));
        }
        var current = actors.ToDictionary(a => a.Name, a => a.Name, StringComparer.Ordinal);
        foreach (var actor in actors)
            foreach (var form in actor.Forms) current.TryAdd(form, actor.Name);
        foreach (var (role, holders) in roles)
        {
            // One holder; or, of several, the only one no foreign nation qualifies ("the Prime Minister").
            var names = holders.Keys.Select(h => current.GetValueOrDefault(h, h)).Distinct(StringComparer.Ordinal).ToList();
            var domestic = holders.Where(h => !h.Value).Select(h => current.GetValueOrDefault(h.Key, h.Key)).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 1) phrases.Add((role, names[0]));
            else if (domestic.Count == 1) phrases.Add((role, domestic[0]));
        }
        var matcher = new PhraseMatcher<string>(phrases);
        var mentions = new List<PersonMention>();
        foreach (var block in blocks.Where(b => b.Paragraph >= 0))
        {
            foreach (var m in matcher.Matches(block.Text, block.Tokens))
                mentions.Add(new PersonMention(block.Paragraph, m.Start, m.End, m.Value));
        }
        return mentions;
    }
}
