using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>
/// Well-known public figures and their aliases (Data/people.tsv): "Zelensky", "Zelenskiy" → "Volodymyr Zelenskyy";
/// "Starmer" → "Keir Starmer". Only a help: people not listed are still found by their role cues.
/// </summary>
public sealed class PersonGazetteer
{
    private readonly Dictionary<string, string> _canonicalByAlias = new(StringComparer.Ordinal);

    public PersonGazetteer()
    {
        var entries = new List<(string, string)>();
        foreach (var row in EmbeddedData.Rows("people.tsv"))
        {
            foreach (var alias in EmbeddedData.Aliases(row[1]))
            {
                entries.Add((alias, row[0]));
                _canonicalByAlias.TryAdd(PersonNames.Key(alias), row[0]);
            }
        }
        Matcher = new PhraseMatcher<string>(entries);
        // Headlines in capitals: only names long enough not to be ordinary words.
        CapitalsMatcher = new PhraseMatcher<string>(entries.Where(e => e.Item1.Length >= 5).Select(e => (e.Item1.ToUpperInvariant(), e.Item2)), ignoreCase: true);
    }

    internal PhraseMatcher<string> Matcher { get; }

    internal PhraseMatcher<string> CapitalsMatcher { get; }

    /// <summary>The canonical name for an alias ("Zelensky" → "Volodymyr Zelenskyy"), or null if not listed.</summary>
    public string? Canonical(string name) => _canonicalByAlias.GetValueOrDefault(PersonNames.Key(name));
}
