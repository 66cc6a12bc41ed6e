using System.Buffers;
using System.Text.RegularExpressions;
using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>
/// The person cues of one text, as <c>PersonCues.X().Matches(text)</c> finds them, but tried only near what each
/// match must contain (see <see cref="CueSearch"/>). The token counts below are the most whitespace-separated
/// tokens a pattern can put between where its match starts and its anchor; each is worked out from the pattern.
/// </summary>
internal sealed class PersonCueSearch(TextBlock block)
{
    private readonly string _text = block.Text;

    // The first word of every role of CapitalisedRole and LowerCaseRole. A role follows a non-letter and is
    // followed by whitespace, '.' or '-', so its first word is a whole run of letters.
    private static readonly WordSet RoleWords = new(
        [
            "President", "Vice", "Prime", "Premier", "Chancellor", "Secretary", "Minister", "Ministre", "Ambassador", "Envoy",
            "High", "Commissioner", "Governor", "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman",
            "Mayor", "Chairman", "Chairwoman", "Chairperson", "Chair", "Chief", "Director", "Admiral", "General", "Gen", "Air",
            "Field", "Brigadier", "Colonel", "Col", "Lieutenant", "Captain", "Capt", "Commander", "Sergeant", "Sgt", "Corporal",
            "Cpl", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "Crown", "Judge", "Professor", "Prof",
            "Speaker", "Spokesman", "Spokeswoman", "Dr", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Baroness",
            "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chairman", "chairwoman",
            "governor", "ambassador", "envoy", "economist", "analyst", "negotiator", "adviser", "advisor", "commissioner",
            "chancellor", "chief",
        ]);

    // The first word of every role of AppositiveRole, compared as (?i) compares them (see CueSearch.HasCaseTraps).
    // It follows whitespace (or a non-letter) and is followed by whitespace or punctuation: a whole run again.
    private static readonly WordSet AppositiveRoleWords = new(
        [
            "secretary", "president", "chair", "chairman", "chairwoman", "chairperson", "chief", "director", "executive",
            "officer", "head", "leader", "founder", "co", "spokesman", "spokeswoman", "spokesperson", "economist", "analyst",
            "professor", "lecturer", "researcher", "fellow", "editor", "correspondent", "lawyer", "barrister", "campaigner",
            "minister", "ambassador", "governor", "commissioner", "general", "chancellor", "mayor", "meteorologist",
            "scientist", "adviser", "advisor", "manager", "partner", "deputy", "principal", "headteacher", "inspector",
            "constable", "superintendent", "commander", "envoy", "negotiator", "counterpart", "registrar", "dean", "vice",
            "treasurer", "councillor", "mp", "mep", "senator", "administrator", "coordinator", "representative",
            "rapporteur", "auditor", "prosecutor", "judge",
        ],
        ignoreCase: true);

    private static readonly SearchValues<string> PostNominals = SearchValues.Create(["MP", "MEP", "MSP", "QC", "KC"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ReportingVerbs =
        SearchValues.Create(["said", "says", "told", "added", "explained", "warned", "stated"], StringComparison.Ordinal);

    // Name: a word and up to three more, each after an initial ("W.") and two particles: 1 + 3 * 4 tokens.
    private const int NameTokens = 13;

    private readonly bool _caseTraps = CueSearch.HasCaseTraps(block.Text);

    private List<int> AppositiveRoles => field ??= CueSearch.WholeRuns(_text, block.LetterRuns, AppositiveRoleWords);

    /// <summary>Up to three capitalised words (and "and"s) before a role at the anchor, or the role itself.</summary>
    public IEnumerable<Match> RoleThenName()
    {
        var starts = new List<int>();
        foreach (var r in CueSearch.WholeRuns(_text, block.LetterRuns, RoleWords))
        {
            // Up to three capitalised words, two of them perhaps followed by "and": five tokens; six to be safe.
            CueSearch.AddStarts(starts, _text, CueSearch.TokensBefore(_text, r, 6), r, CueSearch.CapitalStartingWord);
            CueSearch.AddStart(starts, r);
        }
        return CueSearch.Matches(PersonCues.RoleThenNameAt(), _text, starts);
    }

    /// <summary>A name ending before whitespace and the post-nominal.</summary>
    public IEnumerable<Match> NameThenPostNominal()
    {
        var starts = new List<int>();
        foreach (var r in CueSearch.Occurrences(_text, PostNominals))
        {
            if (r == 0 || !char.IsWhiteSpace(_text[r - 1])) continue;
            CueSearch.AddStarts(starts, _text, CueSearch.TokensBefore(_text, r, NameTokens), r, static (t, q) => char.IsUpper(t[q]));
        }
        return CueSearch.Matches(PersonCues.NameThenPostNominalAt(), _text, starts);
    }

    /// <summary>A name ending at a comma followed by "the", "a" or "an".</summary>
    public IEnumerable<Match> NameThenRole()
    {
        var starts = new List<int>();
        for (var c = _text.IndexOf(',', StringComparison.Ordinal); c >= 0; c = _text.IndexOf(',', c + 1))
        {
            if (!ArticleFollows(c)) continue;
            CueSearch.AddStarts(starts, _text, CueSearch.TokensBefore(_text, c, NameTokens), c, static (t, q) => char.IsUpper(t[q]));
        }
        return CueSearch.Matches(PersonCues.NameThenRoleAt(), _text, starts);
    }

    /// <summary>A name ending at a comma with an appositive role at most nine tokens after it.</summary>
    public IEnumerable<Match> NameThenAppositive()
    {
        if (_caseTraps) return PersonCues.NameThenAppositive().Matches(_text);
        var starts = new List<int>();
        var roles = AppositiveRoles;
        var next = 0;
        for (var c = _text.IndexOf(',', StringComparison.Ordinal); c >= 0; c = _text.IndexOf(',', c + 1))
        {
            if (c + 1 >= _text.Length || !char.IsWhiteSpace(_text[c + 1])) continue;
            while (next < roles.Count && roles[next] <= c) next++;
            // ", the ", then "the Met Office's " (four), then up to three words, then the role: the ninth token.
            if (next == roles.Count || roles[next] >= CueSearch.TokensAfter(_text, c + 1, 9)) continue;
            CueSearch.AddStarts(starts, _text, CueSearch.TokensBefore(_text, c, NameTokens), c, NameStart);
        }
        return CueSearch.Matches(PersonCues.NameThenAppositiveAt(), _text, starts);
    }

    /// <summary>
    /// An appositive role with a comma at most thirteen tokens on: "director general of the Royal for Society for Arts
    /// and Crafts and Science," (two, three, and four capitalised words after a linking word).
    /// </summary>
    public IEnumerable<Match> RoleThenCommaName()
    {
        if (_caseTraps) return PersonCues.RoleThenCommaName().Matches(_text);
        var starts = new List<int>();
        foreach (var r in AppositiveRoles)
        {
            if (r > 0 && (CueSearch.IsLetterOrMark(_text[r - 1]) || _text[r - 1] == '-')) continue;
            var end = CueSearch.TokensAfter(_text, r, 13);
            if (_text.AsSpan(r, end - r).Contains(',')) CueSearch.AddStart(starts, r);
        }
        return CueSearch.Matches(PersonCues.RoleThenCommaNameAt(), _text, starts);
    }

    /// <summary>Two or three words (and initials: five tokens) before whitespace and a reporting verb.</summary>
    public IEnumerable<Match> FullNameThenVerb()
    {
        var starts = new List<int>();
        foreach (var r in CueSearch.Occurrences(_text, ReportingVerbs))
        {
            if (r == 0 || !char.IsWhiteSpace(_text[r - 1])) continue;
            CueSearch.AddStarts(starts, _text, CueSearch.TokensBefore(_text, r, 5), r, NameStart);
        }
        return CueSearch.Matches(PersonCues.FullNameThenVerbAt(), _text, starts);
    }

    // ",\s+(?:the|a|an)\s+"
    private bool ArticleFollows(int comma)
    {
        var i = comma + 1;
        if (i >= _text.Length || !char.IsWhiteSpace(_text[i])) return false;
        while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
        var rest = _text.AsSpan(i);
        var article = rest.StartsWith("the", StringComparison.Ordinal) ? 3
            : rest.StartsWith("an", StringComparison.Ordinal) && rest.Length > 2 && char.IsWhiteSpace(rest[2]) ? 2
            : rest.StartsWith("a", StringComparison.Ordinal) ? 1
            : 0;
        return article > 0 && rest.Length > article && char.IsWhiteSpace(rest[article]);
    }

    // "(?<![\p{L}\p{M}.’'])" and a capital: where NameThenAppositive and FullNameThenVerb can start.
    private static bool NameStart(string text, int at) =>
        char.IsUpper(text[at]) && (at == 0 || !(CueSearch.IsLetterOrMark(text[at - 1]) || text[at - 1] is '.' or '’' or '\''));
}
