using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>One nation of the gazetteer: its canonical name and the rules that keep out false hits.</summary>
internal sealed record NationEntry(string Canonical, bool MayBeFirstName, IReadOnlyList<string> RequiredContext)
{
    /// <summary>The name is also a common noun ("turkey"): capitalised only by starting a sentence, it needs support.</summary>
    public bool IsCommonNoun { get; init; }

    /// <summary>Aliases shared with a neighbour ("Congolese"), and the neighbour they mean when the text names it.</summary>
    public IReadOnlyList<string> AmbiguousAliases { get; init; } = [];

    public string? YieldsTo { get; init; }

    /// <summary>The neighbour's aliases that make the shared ones mean it ("DRC" does; the old "Zaire" does not).</summary>
    public IReadOnlyList<string> YieldsVia { get; init; } = [];

    /// <summary>Marks phrases that contain a nation word but name no nation ("Indian Ocean", "New Jersey").</summary>
    public bool IsNotANation => Canonical == "-";
}

/// <summary>
/// Every UN member and observer state, historical states the archives still name, and common territories,
/// by name, short name, adjective, demonym and abbreviation (Data/nations.tsv), each under one canonical name.
/// </summary>
public sealed class NationGazetteer
{
    private readonly PhraseMatcher<NationEntry> _mixedCase;
    private readonly PhraseMatcher<NationEntry> _allCaps;
    private readonly Dictionary<string, string> _canonicalByAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _aliasesByCanonical = new(StringComparer.Ordinal);

    public NationGazetteer()
    {
        var entries = new List<(string, NationEntry)>();
        foreach (var row in EmbeddedData.Rows("nations.tsv"))
        {
            var rules = row.Length > 2 ? row[2] : "";
            var entry = new NationEntry(
                row[0],
                rules.Contains("firstname", StringComparison.Ordinal),
                Rule(rules, "context") is { } context ? EmbeddedData.Aliases(context) : [])
            {
                IsCommonNoun = rules.Contains("commonnoun", StringComparison.Ordinal),
                AmbiguousAliases = Rule(rules, "ambiguous") is { } ambiguous ? EmbeddedData.Aliases(ambiguous) : [],
                YieldsTo = Rule(rules, "yieldsto"),
                YieldsVia = Rule(rules, "yieldsvia") is { } via ? EmbeddedData.Aliases(via) : [],
            };
            foreach (var alias in EmbeddedData.Aliases(row[1]))
            {
                entries.Add((alias, entry));
                if (entry.IsNotANation) continue;
                _canonicalByAlias.TryAdd(alias, entry.Canonical);
                if (!_aliasesByCanonical.TryGetValue(entry.Canonical, out var aliases)) _aliasesByCanonical[entry.Canonical] = aliases = [];
                aliases.Add(alias);
            }
            if (!entry.IsNotANation) _canonicalByAlias.TryAdd(entry.Canonical, entry.Canonical);
        }
        _mixedCase = new PhraseMatcher<NationEntry>(entries);
        // In capitals, short abbreviations collide with words ("US" is "us") and ambiguous names lose their case cue.
        _allCaps = new PhraseMatcher<NationEntry>(
            entries.Where(e => (e.Item1.Length >= 4 || e.Item1.Contains('.', StringComparison.Ordinal))
                               && !e.Item2.MayBeFirstName && e.Item2.RequiredContext.Count == 0)
                   .Select(e => (e.Item1.ToUpperInvariant(), e.Item2)),
            ignoreCase: true);
    }

    /// <summary>Every canonical name of the gazetteer.</summary>
    public IEnumerable<string> CanonicalNames => _canonicalByAlias.Values.Distinct(StringComparer.Ordinal);

    /// <summary>The canonical name for a name, adjective or abbreviation ("Dutch" → "Netherlands"), or null.</summary>
    public string? Canonical(string alias) => _canonicalByAlias.GetValueOrDefault(alias.Trim());

    /// <summary>Every name, adjective and abbreviation of a canonical nation.</summary>
    public IReadOnlyList<string> AliasesOf(string canonical) => _aliasesByCanonical.GetValueOrDefault(canonical) ?? [];

    /// <summary>True when the word is a nation's name that is also a first name ("Jordan", "Chad", "Georgia").</summary>
    internal bool MayBeFirstName(string word) =>
        _mixedCase.Matches(word, WordTokenizer.Tokenize(word)).Any(m => m.Value.MayBeFirstName && m.Value.Canonical == word);

    /// <summary>True when the word is one of the gazetteer's names (used to keep nations out of person names).</summary>
    internal bool IsNationWord(string word) => _mixedCase.Contains(word);

    /// <summary>The nations the texts name, canonical, in order of first mention.</summary>
    public IReadOnlyList<string> Recognize(IEnumerable<string> texts) =>
        Recognize(texts.Select(t => new TextBlock(-1, t)).ToList());

    internal IReadOnlyList<string> Recognize(IReadOnlyList<TextBlock> blocks)
    {
        var mentions = new List<(NationEntry Entry, string Alias, bool Unsupported)>();
        foreach (var block in blocks)
        {
            var text = block.Text;
            foreach (var (entry, start, end) in Find(text, block.Tokens))
                mentions.Add((entry, text[start..end], entry.IsCommonNoun && IsCommonNounUse(text, start, end, entry)));
        }
        HashSet<string>? documentWords = null;
        var found = new List<string>();
        foreach (var (entry, alias, unsupported) in mentions)
        {
            if (found.Contains(entry.Canonical)) continue;
            // "Turkey farmers in Norfolk": only another mention of the nation shows it is one.
            if (unsupported && !mentions.Any(m => m.Entry == entry && !m.Unsupported)) continue;
            // "Congolese" in a story about the DRC is the DRC.
            if (entry.YieldsTo is { } neighbour && mentions.Any(m => m.Entry.Canonical == neighbour && entry.YieldsVia.Contains(m.Alias, StringComparer.Ordinal))
                && entry.AmbiguousAliases.Contains(alias, StringComparer.Ordinal)
                && !mentions.Any(m => m.Entry == entry && !entry.AmbiguousAliases.Contains(m.Alias, StringComparer.Ordinal)))
                continue;
            if (entry.RequiredContext.Count > 0)
            {
                documentWords ??= blocks.SelectMany(b => b.Tokens).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
                if (!entry.RequiredContext.Any(w => WordTokenizer.Words(w).All(documentWords.Contains))) continue;
            }
            found.Add(entry.Canonical);
        }
        return found;
    }

    private static string? Rule(string rules, string name) =>
        rules.Split(';').FirstOrDefault(r => r.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];

    // At the start of a text or sentence, or of a quotation: where any word is capitalised.
    private static bool StartsSentence(string text, int start)
    {
        var before = text[..start].TrimEnd().TrimEnd('“', '"', '‘', '\'', '(').TrimEnd();
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or '\n';
    }

    private static readonly HashSet<string> CountryFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "has", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can", "cannot",
        "does", "did", "says", "said", "and", "or", "to", "also", "now", "still", "has", "joined", "wants", "plans",
    };

    // "Turkey farmers in Norfolk": the bare common noun capitalised only by the sentence start, and followed by
    // neither a verb nor punctuation that would make it the subject of a sentence about a country ("Turkey is").
    private static bool IsCommonNounUse(string text, int start, int end, NationEntry entry)
    {
        if (text[start..end] != entry.Canonical && !WordTokenizer.IsAllCaps(text[start..end])) return false;
        if (!StartsSentence(text, start)) return false;
        var rest = text[end..].TrimStart(' ');
        if (rest.Length == 0 || !char.IsLetter(rest[0])) return false;
        var next = WordTokenizer.Words(rest).FirstOrDefault() ?? "";
        return !CountryFollowers.Contains(next);
    }

    /// <summary>Nation mentions in one text, after the capitalisation and first-name rules.</summary>
    internal IEnumerable<(NationEntry Entry, int Start, int End)> Find(string text, List<WordToken> tokens)
    {
        var caps = WordTokenizer.IsAllCaps(text);
        var matcher = caps ? _allCaps : _mixedCase;
        foreach (var m in matcher.Matches(text, tokens))
        {
            if (m.Value.IsNotANation) continue;
            if (!caps && m.Value.MayBeFirstName && text[m.Start..m.End] == m.Value.Canonical
                && UsedAsPersonName(text, tokens, m.FirstToken, m.TokenCount)) continue;
            yield return (m.Value, m.Start, m.End);
        }
    }

    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "In", "The", "To", "From", "And", "Of", "With", "For", "By", "On", "At", "As", "But", "Both", "Neither",
        "While", "Like", "Unlike", "Including", "Visit", "Visiting", "Across", "Over", "Under", "Within", "Outside",
        "Inside", "Into", "Via", "Kingdom", "King", "Queen", "Republic", "Northern", "Southern", "Eastern", "Western",
    };

    private static readonly HashSet<string> PersonVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "explained", "wrote", "recalled", "smiled", "laughed",
    };

    // "Jordan Hayes", "Michael Jordan", "Chad said": the word is someone's name, not the country.
    private static bool UsedAsPersonName(string text, List<WordToken> tokens, int first, int count)
    {
        var last = first + count - 1;
        if (last + 1 < tokens.Count && IsSpaceOnly(text, tokens[last].End, tokens[last + 1].Start))
        {
            var next = tokens[last + 1];
            if (next.IsCapitalised && next.Value.Length > 1 && !SentenceWords.Contains(next.Value)) return true;
            if (PersonVerbs.Contains(next.Value)) return true;
        }
        if (first > 0 && IsSpaceOnly(text, tokens[first - 1].End, tokens[first].Start))
        {
            var previous = tokens[first - 1];
            var atSentenceStart = first - 1 == 0 || text[..tokens[first - 1].Start].TrimEnd().EndsWith('.');
            if (previous.IsCapitalised && !SentenceWords.Contains(previous.Value) && !atSentenceStart) return true;
        }
        return false;
    }

    private static bool IsSpaceOnly(string text, int from, int to) =>
        to > from && text.AsSpan(from, to - from).Trim().IsEmpty;
}
