using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>Normal forms of person names: honorifics off, accents folded for comparison.</summary>
public static partial class PersonNames
{
    private static readonly HashSet<string> LeadingTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "Rt", "Right", "Hon", "Honourable", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Mr", "Mrs", "Ms",
        "Miss", "Dr", "Professor", "Prof", "General", "Gen", "Admiral", "Colonel", "Col", "Captain", "Capt", "Major",
        "Brigadier", "Commander", "Lieutenant", "Lt", "Sergeant", "Sgt", "Corporal", "Cpl", "Lance", "Air", "Chief",
        "Marshal", "Field", "Vice", "Rear", "Sheikh", "King", "Queen", "Prince", "Princess", "Emir", "Crown", "Pope",
        "President", "Minister", "Secretary", "Senator", "Sen", "Rep", "Ambassador", "Envoy", "Chancellor", "Governor",
        "Judge", "Justice", "Mayor", "Councillor", "Cllr", "Deputy", "Premier", "Speaker", "Chairman", "Chair",
        // Roles news writes before a name with a capital at a sentence start: "Spokeswoman Maria Zakharova said".
        "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Aide",
    };

    private static readonly HashSet<string> TrailingTitles = new(StringComparer.Ordinal)
    {
        "MP", "QC", "KC", "MEP", "MSP", "MS", "AM", "OBE", "CBE", "MBE", "KCB", "GCB", "KBE", "DBE", "PC", "Jr", "Sr",
    };

    /// <summary>True for a title or honorific that goes before a name ("Sir", "Dr", "President").</summary>
    public static bool IsTitle(string word) => LeadingTitles.Contains(word.TrimEnd('.'));

    /// <summary>"The Rt Hon Theresa May MP" → "Theresa May"; "Admiral Sir Tony Radakin" → "Tony Radakin".</summary>
    public static string WithoutTitles(string name)
    {
        var words = Squash().Replace(name.Replace(",", " ", StringComparison.Ordinal), " ").Trim().Split(' ').ToList();
        while (words.Count > 1 && LeadingTitles.Contains(words[0].TrimEnd('.'))) words.RemoveAt(0);
        while (words.Count > 1 && TrailingTitles.Contains(words[^1].TrimEnd('.'))) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    /// <summary>The last word of a name: "Volodymyr Zelenskyy" → "Zelenskyy"; "Ursula von der Leyen" → "Leyen".</summary>
    public static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? name : words[^1];
    }

    /// <summary>A comparison key: lower case, accents folded, only letters and single spaces.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            // Invariant-globalization builds may not decompose: fold the common Latin accents by hand.
            var folded = Accented.IndexOf(lower, StringComparison.Ordinal);
            if (folded >= 0) lower = Plain[folded];
            sb.Append(char.IsLetterOrDigit(lower) ? lower : ' ');
        }
        return Squash().Replace(sb.ToString(), " ").Trim();
    }

    private const string Accented = "àáâãäåāăąèéêëēėęěìíîïīįıòóôõöøōőùúûüūůűųýÿñńňçćčšśşžźżłğřďť";
    private const string Plain = "aaaaaaaaaeeeeeeeeiiiiiiioooooooouuuuuuuuyynnncccssszzzlgrdt";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Squash();
}
