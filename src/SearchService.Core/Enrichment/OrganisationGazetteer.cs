using System.Text.RegularExpressions;
using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>A UK government department or agency: a possible publisher.</summary>
    Department,
    International,
    Other,
}

internal sealed record OrganisationEntry(string Canonical, OrganisationKind Kind);

/// <summary>
/// UK government departments and agencies (with their abbreviations: MoD, FCDO, HMT...), international
/// organisations (NATO, EU, UN...) and a few others, from Data/organisations.tsv; plus unlisted bodies
/// recognised by their head noun ("Ukraine Defence Contact Group", "Permanent Joint Headquarters").
/// </summary>
public sealed partial class OrganisationGazetteer
{
    private readonly PhraseMatcher<OrganisationEntry> _matcher;
    private readonly Dictionary<string, OrganisationEntry> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public OrganisationGazetteer()
    {
        var entries = new List<(string, OrganisationEntry)>();
        foreach (var row in EmbeddedData.Rows("organisations.tsv"))
        {
            var kind = Enum.Parse<OrganisationKind>(row[1], ignoreCase: true);
            var entry = new OrganisationEntry(row[0], kind);
            _byAlias.TryAdd(row[0], entry);
            foreach (var alias in EmbeddedData.Aliases(row[2]))
            {
                entries.Add((alias, entry));
                _byAlias.TryAdd(alias, entry);
            }
        }
        _matcher = new PhraseMatcher<OrganisationEntry>(entries);
    }

    /// <summary>The canonical name of a known organisation ("MoD" → "Ministry of Defence"), or null.</summary>
    public string? Canonical(string name) => _byAlias.GetValueOrDefault(name.Trim())?.Canonical;

    public bool IsDepartment(string name) => _byAlias.GetValueOrDefault(name.Trim())?.Kind == OrganisationKind.Department;

    internal bool IsOrganisationWord(string word) => _matcher.Contains(word);

    /// <summary>Organisations named in the texts, canonical, in order of first mention.</summary>
    public IReadOnlyList<string> Recognize(IEnumerable<string> texts) =>
        Recognize(texts.Select(t => new TextBlock(-1, t)).ToList());

    internal IReadOnlyList<string> Recognize(IReadOnlyList<TextBlock> blocks)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
            foreach (var found in Find(block))
                if (seen.Add(found.Name)) names.Add(found.Name);
        return names;
    }

    /// <summary>Organisation mentions in one text: listed ones, then unlisted ones by head noun.</summary>
    internal IEnumerable<(string Name, OrganisationKind? Kind, int Start, int End)> Find(TextBlock block)
    {
        var text = block.Text;
        if (WordTokenizer.IsAllCaps(text)) yield break;
        var tokens = block.Tokens;
        var taken = new List<(int Start, int End)>();
        var found = new List<(string, OrganisationKind?, int, int)>();
        foreach (var m in _matcher.Matches(text, tokens))
        {
            found.Add((m.Value.Canonical, m.Value.Kind, m.Start, m.End));
            taken.Add((m.Start, m.End));
        }
        foreach (var m in HeadNounNames(block))
        {
            var name = m.Groups["name"];
            if (taken.Any(t => t.Start < name.Index + name.Length && name.Index < t.End)) continue;
            var words = name.Value.Split(' ');
            if (Determiners.Contains(words[0])) continue;
            found.Add((name.Value, null, name.Index, name.Index + name.Length));
        }
        foreach (var f in found.OrderBy(f => f.Item3)) yield return f;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "This", "These", "That", "Those", "Our", "Their", "Its", "His", "Her", "Your", "My", "Every", "Each", "Any",
        "No", "Some", "Such", "Another", "Which", "Whose", "In", "On", "At", "From", "For", "By", "With", "As", "If",
    };

    private const string HeadNoun =
        "Group|Council|Committee|Commission|Agency|Authority|Organisation|Organization|Alliance|Coalition|Headquarters|Fund|Institute|Union|Assembly|Tribunal|Federation|Confederation|Association|Board|Body|Forum|Force|Forces|Army|Navy|Corps|Service|Party|Bank|Foundation|Trust|Laboratory|Centre|Center|Programme|Society|Chamber|Network|Office|Inspectorate|Ombudsman|Regulator|Directorate";

    // The head nouns as words: one follows whitespace (or a non-letter) and is followed by whitespace or a
    // non-letter, so it is a whole run of letters.
    private static readonly WordSet HeadNouns = new(HeadNoun.Split('|'));

    // Two to five capitalised words ending in a word that names a body, or a body named by what it is for
    // ("Institute for Fiscal Studies", "Office for Budget Responsibility", "Joint Committee on Vaccination and
    // Immunisation"). Leading "The"/"UK" are not part of it.
    private const string HeadNounNamePattern = @"(?<![\p{L}\p{M}])(?:(?:The|A|An|UK|US|U\.S\.)\s+)?(?<name>(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,2}(?:" + HeadNoun + @")\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,3}|(?:(?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:of|for|and|&|the|on)\s+){0,2}){1,4}(?:" + HeadNoun + @")))(?![\p{L}\p{M}])";

    [GeneratedRegex(HeadNounNamePattern)]
    internal static partial Regex HeadNounName();

    [GeneratedRegex(@"\G(?:" + HeadNounNamePattern + ")")]
    private static partial Regex HeadNounNameAt();

    /// <summary>
    /// <see cref="HeadNounName"/>'s matches, tried only up to thirteen tokens before a head noun (a prefix, then four
    /// capitalised words with two linking words each) and at the head noun itself (see <see cref="CueSearch"/>).
    /// </summary>
    internal static IEnumerable<Match> HeadNounNames(TextBlock block)
    {
        var text = block.Text;
        var starts = new List<int>();
        foreach (var head in CueSearch.WholeRuns(text, block.LetterRuns, HeadNouns))
            CueSearch.AddStarts(starts, text, CueSearch.TokensBefore(text, head, 13), head + 1, CueSearch.CapitalStartingWord);
        return CueSearch.Matches(HeadNounNameAt(), text, starts);
    }
}
