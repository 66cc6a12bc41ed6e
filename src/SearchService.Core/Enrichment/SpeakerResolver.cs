using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>
/// Turns a speaker as written into a person of the document. A name is the person the actor reader found there, else
/// the document's actor with that name or surname (the one named last, of several), else a person in their own right:
/// being the subject of a reporting verb beside a quotation is evidence enough, once the name is not a place or an
/// organisation. A pronoun is the last person named outside quotation marks whose sex does not rule them out; a
/// role ("the Home Secretary") is the person it was given to; a description ("a spokesman for Starmer") is nobody.
/// </summary>
internal sealed class SpeakerResolver(
    IReadOnlyList<Paragraph> paragraphs, ActorReading reading, ActorRecognizer recognizer, FirstNames firstNames)
{
    private readonly List<PersonMention> _spoken = [];
    private readonly List<(int Paragraph, int Start, int End)> _quoted = [];
    private readonly Dictionary<string, NameSex> _sexByPerson = new(StringComparer.Ordinal);

    /// <summary>People found only as speakers, in order of first appearance: the document's actors too.</summary>
    public List<string> NewPeople { get; } = [];

    /// <summary>Marks where a quotation stands: names inside one are not who "he" or "she" refers to.</summary>
    public void Quoted(int paragraph, int start, int end) => _quoted.Add((paragraph, start, end));

    public string? Resolve(SpeakerPhrase? phrase, int paragraph, int quoteOpen)
    {
        if (phrase is null) return null;
        return phrase.Kind switch
        {
            SpeakerPhraseKind.Pronoun => Antecedent(paragraph, Math.Min(phrase.Start, quoteOpen), phrase.Text is "she" or "She" ? NameSex.Female : NameSex.Male),
            SpeakerPhraseKind.Role => MentionWithin(paragraph, phrase.Start, phrase.End),
            SpeakerPhraseKind.Description => null,
            _ => Person(phrase, paragraph),
        };
    }

    private string? Person(SpeakerPhrase phrase, int paragraph)
    {
        // The actor reader's own finding for the head word ("Mr. Healey", "Defence Secretary John Healey").
        var head = phrase.End - PersonNames.Surname(phrase.Text).Length;
        var known = reading.Mentions.FirstOrDefault(m => m.Paragraph == paragraph && m.Start <= head && m.End >= phrase.End);
        if (known is not null) return NotPersonHead(known.Actor) ? null : Remember(known.Actor, paragraph, phrase);
        if (PersonName(phrase.Text) is not { } name) return null;
        var person = Known(name, phrase.Sex, paragraph, phrase.Start) ?? NewPerson(name);
        return Remember(person, paragraph, phrase);
    }

    // A news story names its speakers again and again ("Trump said" thirty times): each name is checked once.
    private string? PersonName(string written)
    {
        if (_names.TryGetValue(written, out var known)) return known;
        var name = recognizer.PersonName(WithoutGluedWord(written));
        if (name is not null && NotPersonHead(name)) name = null;
        _names[written] = name;
        return name;
    }

    private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

    // "Zika Virus Chris Christie said" (a headline run into the text): a name starts at its first name.
    private string WithoutGluedWord(string name)
    {
        var words = name.Split(' ');
        return words.Length >= 3 && !firstNames.Contains(words[0]) && firstNames.Contains(words[1]) ? string.Join(' ', words[1..]) : name;
    }

    // An actor of that full name, or of that surname (of several, the one whose sex fits, named last before here).
    private string? Known(string name, NameSex sex, int paragraph, int position)
    {
        var key = PersonNames.Key(name);
        var words = key.Split(' ');
        var candidates = new List<string>();
        foreach (var actor in Actors)
        {
            if (actor.Key == key) return actor.Name;
            var sameFirst = words.Length == 1 || words[0] == actor.First;
            if (actor.Surname == words[^1] && sameFirst && Compatible(actor.Name, sex)) candidates.Add(actor.Name);
        }
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var last = LastMention(paragraph, position, a => candidates.Contains(a));
        return last ?? candidates[0];
    }

    // The document's actors with their comparison keys, worked out once: a key folds accents, which is not cheap.
    private List<(string Name, string Key, string First, string Surname)> Actors =>
        field ??= reading.Actors.Select(Keyed).ToList();

    private static (string, string, string, string) Keyed(string name)
    {
        var key = PersonNames.Key(name);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return (name, key, space < 0 ? key : key[..space], key[(key.LastIndexOf(' ') + 1)..]);
    }

    private string NewPerson(string name)
    {
        var full = name.Contains(' ', StringComparison.Ordinal) ? name : FullName(name) ?? name;
        if (!NewPeople.Contains(full, StringComparer.Ordinal))
        {
            NewPeople.Add(full);
            Actors.Add(Keyed(full));
        }
        return full;
    }

    // "Graham said" after "Sen. Lindsey Graham" or "Lindsey Graham": the surname takes the given name the text has.
    private string? FullName(string surname)
    {
        foreach (var paragraph in paragraphs)
        {
            var text = paragraph.Text;
            for (var at = text.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surname, at + 1, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if (end < text.Length && char.IsLetter(text[end]) || at < 2 || text[at - 1] != ' ') continue;
                var start = at - 1;
                while (start > 0 && char.IsLetter(text[start - 1])) start--;
                var given = text[start..(at - 1)];
                if (given.Length < 2 || !char.IsUpper(given[0]) || start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '.' or '\'' or '’' or '-')) continue;
                if (firstNames.Contains(given) && recognizer.PersonName(given + " " + surname) is not null) return given + " " + surname;
            }
        }
        return null;
    }

    private string Remember(string person, int paragraph, SpeakerPhrase phrase)
    {
        _spoken.Add(new PersonMention(paragraph, phrase.Start, phrase.End, person));
        if (phrase.Sex != NameSex.Unknown) _sexByPerson.TryAdd(person, phrase.Sex);
        return person;
    }

    private string? MentionWithin(int paragraph, int start, int end) =>
        reading.Mentions.LastOrDefault(m => m.Paragraph == paragraph && m.Start >= start && m.End <= end)?.Actor;

    private string? Antecedent(int paragraph, int position, NameSex pronounSex) =>
        LastMention(paragraph, position, a => Compatible(a, pronounSex));

    // The later of the last acceptable mention found by the actor reader and the last found as a speaker. The reader's
    // are in reading order, so they are walked back from the end to the first acceptable one; the few found as
    // speakers (a quotation's attribution may come after the next one's) are all looked at.
    private string? LastMention(int paragraph, int position, Func<string, bool> accept)
    {
        PersonMention? best = null;
        for (var i = reading.Mentions.Count - 1; i >= 0 && best is null; i--)
            if (Acceptable(reading.Mentions[i], paragraph, position, accept)) best = reading.Mentions[i];
        foreach (var mention in _spoken)
        {
            if (best is not null && (mention.Paragraph, mention.Start).CompareTo((best.Paragraph, best.Start)) <= 0) continue;
            if (Acceptable(mention, paragraph, position, accept)) best = mention;
        }
        return best?.Actor;
    }

    private bool Acceptable(PersonMention mention, int paragraph, int position, Func<string, bool> accept) =>
        (mention.Paragraph < paragraph || mention.Paragraph == paragraph && mention.End <= position) && accept(mention.Actor) && !IsQuoted(mention);

    private bool IsQuoted(PersonMention mention) =>
        _quoted.Any(q => q.Paragraph == mention.Paragraph && q.Start <= mention.Start && mention.End <= q.End);

    private bool Compatible(string person, NameSex sex)
    {
        if (sex == NameSex.Unknown) return true;
        var known = _sexByPerson.GetValueOrDefault(person);
        if (known == NameSex.Unknown && person.Contains(' ', StringComparison.Ordinal)) known = firstNames.SexOf(person.Split(' ')[0]);
        return known == NameSex.Unknown || known == sex;
    }

    // Heads that name bodies, media and places, not people ("the Sierra Club said", "Fox News reported").
    private static bool NotPersonHead(string name) => NotPersonWords.Contains(PersonNames.Surname(name));

    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "Club", "Post", "Times", "News", "Journal", "Network", "Media", "Magazine", "Tribune", "Review", "Herald", "Gazette",
        "Press", "Report", "Poll", "Project", "Watch", "Caucus", "Administration", "Campaign", "Committee", "Center",
        "Centre", "Statement", "Website", "Blog", "Radio", "Television", "TV", "Show", "Channel", "Today", "Daily",
        "Weekly", "Monitor", "Insider", "America", "County", "City", "Democrat",
        "Democrats", "Republicans", "Republican", "Senate", "Congress", "Twitter", "Facebook", "Instagram", "YouTube",
    };
}
