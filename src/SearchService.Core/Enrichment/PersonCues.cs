using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>The patterns by which a careful reader knows a capitalised phrase names a person.</summary>
internal static partial class PersonCues
{
    // One word of a name: "Healey", "McNally", "O'Brien", "Di'Iasio", "Jean-Yves", "Sébastien"; or an initial "W.".
    private const string Word = @"(?:\p{Lu}\p{Ll}?['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+)*";
    private const string Particle = @"(?:de|da|di|du|van|von|der|den|le|la|bin|ibn|al|el|dos|das|del|ter)";
    private const string Name = @"(?<name>" + Word + @"(?:\s+(?:\p{Lu}\.\s+)?(?:" + Particle + @"\s+){0,2}" + Word + @"){0,3})(?![\p{L}\p{M}])";

    private const string Honorifics = @"(?:(?:Sir|Dame|Lord|Lady|Baroness|Dr|Mr|Mrs|Ms|Professor|Prof|Rt Hon|The Rt Hon|Hon|General|Admiral|Air Chief Marshal|Air Marshal|Lieutenant General|Major General|Brigadier|Colonel|Captain|Commander|Sheikh)\.?\s+)*";

    private const string CapitalisedRole =
        @"President|Vice[- ]President|Prime Minister|Premier|Chancellor(?: of the Exchequer)?|Secretary[- ]General|Secretary of State(?: for(?: \p{Lu}[\p{Ll}]+| and| &){1,5}?)?|Secretary|Minister(?: (?:of|for)(?: the)?(?: \p{Lu}[\p{Ll}]+| and| &){1,4}?)?|Ministre|Ambassador|Envoy|High Commissioner|Commissioner|Governor|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Mayor|Chairman|Chairwoman|Chairperson|Chair|Chief Executive|Chief Constable|Director(?:[- ]General)?|Admiral|General|Gen\.|Air Chief Marshal|Air Marshal|Field Marshal|Brigadier|Colonel|Col\.|Lieutenant|Captain|Capt\.|Commander|Sergeant|Sgt|Corporal|Cpl|King|Queen|Prince|Princess|Pope|Sheikh|Emir|Crown Prince|Judge|Professor|Prof\.?|Chief of (?:the )?(?:\p{Lu}[\p{Ll}]+ )+Staff|Speaker|Spokesman|Spokeswoman|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|Baroness";

    private const string LowerCaseRole =
        @"spokesman|spokeswoman|spokesperson|minister|secretary|president|chairman|chairwoman|governor|ambassador|envoy|economist|analyst|negotiator|adviser|advisor|commissioner|chancellor|chief";

    // The head of an appositive that describes a person: "X, chief executive of Y", "X, the Met Office's chief
    // meteorologist", "the UK's ambassador to Turkey, X,". Case-insensitive: GOV.UK capitalises job titles.
    private const string AppositiveRole =
        @"(?i:secretary|president|chair|chairman|chairwoman|chairperson|chief|director|director[- ]general|executive|officer|head|leader|founder|co-founder|spokesman|spokeswoman|spokesperson|economist|analyst|professor|lecturer|researcher|fellow|editor|correspondent|lawyer|barrister|campaigner|minister|ambassador|governor|commissioner|general|chancellor|mayor|meteorologist|scientist|adviser|advisor|manager|partner|deputy|principal|headteacher|inspector|constable|superintendent|commander|envoy|negotiator|counterpart|registrar|dean|vice-chancellor|treasurer|councillor|MP|MEP|senator|administrator|coordinator|co-ordinator|representative|rapporteur|auditor|prosecutor|judge)";

    /// <summary>"Defence Secretary John Healey", "Admiral Sir Tony Radakin", "Kremlin spokesman Dmitry Peskov".</summary>
    private const string RoleThenNamePattern = @"(?<![\p{L}\p{M}])(?<role>(?:(?:\p{Lu}[\p{Ll}]+|\p{Lu}{2,3}|U\.S\.)\s+(?:(?:and|&)\s+(?=\p{Lu}[\p{Ll}]+\s+(?:Secretary|Minister)\b))?){0,3}(?:" + CapitalisedRole + "|" + LowerCaseRole + @"))\s+" + Honorifics + Name;

    [GeneratedRegex(RoleThenNamePattern)]
    public static partial Regex RoleThenName();

    [GeneratedRegex(@"\G(?:" + RoleThenNamePattern + ")")]
    public static partial Regex RoleThenNameAt();

    /// <summary>"John Healey MP", "Jeremy Corbyn, MP".</summary>
    private const string NameThenPostNominalPattern = Name + @",?\s+(?:MP|MEP|MSP|QC|KC)\b(?!\s+(?:Sir\s+|Dame\s+|Dr\s+)?\p{Lu}\p{Ll})";

    [GeneratedRegex(NameThenPostNominalPattern)]
    public static partial Regex NameThenPostNominal();

    [GeneratedRegex(@"\G(?:" + NameThenPostNominalPattern + ")")]
    public static partial Regex NameThenPostNominalAt();

    /// <summary>"Healey, the Defence Secretary," / "Peskov, a Kremlin spokesman".</summary>
    private const string NameThenRolePattern = Name + @",\s+(?:the|a|an)\s+(?:(?:\p{Lu}[\p{Ll}]+|\p{Lu}{2,3})\s+){0,3}(?:" + CapitalisedRole + "|" + LowerCaseRole + @")(?![\p{L}])";

    [GeneratedRegex(NameThenRolePattern)]
    public static partial Regex NameThenRole();

    [GeneratedRegex(@"\G(?:" + NameThenRolePattern + ")")]
    public static partial Regex NameThenRoleAt();

    /// <summary>
    /// "Tom Bradshaw, president of the National Farmers' Union," / "Paul Gundersen, the Met Office's chief meteorologist,"
    /// / "Jordan Hayes, an economist at the Institute for Fiscal Studies": a full name in apposition with a job.
    /// </summary>
    private const string NameThenAppositivePattern = @"(?<![\p{L}\p{M}.’'])" + Name + @",\s+(?:(?:the|a|an|The)\s+)?(?:(?:\p{Lu}[\p{L}&-]*\s+){1,3}?\p{Lu}[\p{L}&-]*['’]s\s+)?(?:[\p{L}-]+\s+){0,3}?" + AppositiveRole + @"(?=\s+(?:of|at|for|to|in|with|on)\s|\s*[,.;]|\s+(?:said|says|told|warned|added)\b)";

    [GeneratedRegex(NameThenAppositivePattern)]
    public static partial Regex NameThenAppositive();

    [GeneratedRegex(@"\G(?:" + NameThenAppositivePattern + ")")]
    public static partial Regex NameThenAppositiveAt();

    /// <summary>"The UK's Chief Veterinary Officer, Christine Middlemiss, said" / "his Saudi counterpart, Prince Faisal bin Farhan,".</summary>
    private const string RoleThenCommaNamePattern = @"(?<![\p{L}\p{M}-])" + AppositiveRole + @"(?:\s+(?:of|at|for|to|in)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}\p{M}'’-]*){0,4})?,\s+" + Honorifics + Name + @"(?=\s*,|\s+(?:said|says|told|warned|added|has|had|is|was)\b)";

    [GeneratedRegex(RoleThenCommaNamePattern)]
    public static partial Regex RoleThenCommaName();

    [GeneratedRegex(@"\G(?:" + RoleThenCommaNamePattern + ")")]
    public static partial Regex RoleThenCommaNameAt();

    /// <summary>"Jorio Dauster told Reuters": a full name (two or three words) as the subject of a reporting verb.</summary>
    private const string FullNameThenVerbPattern = @"(?<![\p{L}\p{M}.’'])(?<name>" + Word + @"(?:\s+(?:\p{Lu}\.\s+)?" + Word + @"){1,2})\s+(?:said|says|told|added|explained|warned|stated)\b";

    [GeneratedRegex(FullNameThenVerbPattern)]
    public static partial Regex FullNameThenVerb();

    [GeneratedRegex(@"\G(?:" + FullNameThenVerbPattern + ")")]
    public static partial Regex FullNameThenVerbAt();

    /// <summary>Wire headlines in capitals: "U.S. TREASURY'S BAKER SAYS ...", "HOWARD BAKER SAYS REAGAN ...".</summary>
    [GeneratedRegex(@"(?<![A-Z])(?:SECRETARY|MINISTER|PRESIDENT|CHAIRMAN|GOVERNOR|CHIEF|LEADER|ENVOY|[A-Z]{2,}['’]S)\s+(?<name>[A-Z]{4,}(?:\s[A-Z]{4,})?)\s+(?:SAYS|SEES|URGES|WARNS|TELLS|CALLS|EXPECTS|DENIES|PREDICTS|ASKS|REJECTS|BACKS|OPPOSES|PROPOSES|TO)\b")]
    public static partial Regex CapitalsRoleThenName();

    /// <summary>A wire headline that ends by naming its source: "OPEC STICKING FIRM ON OFFICIAL PRICES - SUBROTO".</summary>
    [GeneratedRegex(@"\s[-–]\s(?<name>[A-Z]{4,}(?:\s[A-Z]{4,})?)\s*$")]
    public static partial Regex CapitalsAttribution();

}
