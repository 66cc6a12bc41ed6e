namespace SearchService.Core.Enrichment;

/// <summary>A reporting verb found in a text: where it starts, how long it is, and its words ("according to").</summary>
internal readonly record struct VerbMatch(int Index, int Length, string Value)
{
    public int End => Index + Length;
}

/// <summary>
/// Verbs of saying in every form ("says", "said", "saying", "agrees", "retorted"), found word by word with one set
/// lookup each: a regex of a hundred alternatives tried at every letter cost a third of quotation extraction.
/// Verbs that are also nouns ("the state", "a claim", "the states suing") count only in their verb forms;
/// capitalised, a verb starts a sentence ("According to X, ...", "Said Trump: ...").
/// </summary>
internal static class ReportingVerbs
{
    // Regular stems: base, -s, -es, -ed, -ing.
    private static readonly string[] Stems =
    [
        "explain", "insist", "respond", "ask", "warn", "add", "tweet", "recall", "predict", "suggest", "exclaim", "boast",
        "complain", "lament", "assert", "contend", "proclaim", "stress", "mutter", "whisper", "shout", "yell", "gush",
        "interject", "retort", "scoff", "caution", "recount",
    ];

    // Stems that drop their final e: argue, argues, argued, arguing.
    private static readonly string[] StemsWithE =
    [
        "argu", "urg", "declar", "announc", "acknowledg", "continu", "conclud", "mus", "conced", "reiterat", "jok",
        "emphasis", "emphasiz", "opin", "observ",
    ];

    // Nouns as well as verbs: only -ed and -ing.
    private static readonly string[] NounLikeStems =
    [
        "stat", "not", "comment", "remark", "claim", "report", "confirm", "post", "pledg", "promis", "vow", "counter",
        "demand", "chant", "answer", "repeat", "maintain", "threaten", "wonder", "marvel", "sigh", "charg",
    ];

    private static readonly string[] Irregular =
    [
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "writes", "write", "writing",
        "replied", "replies", "reply", "replying", "admit", "admits", "admitted", "admitting", "quip", "quips", "quipped",
        "quipping", "brag", "brags", "bragged", "bragging", "agree", "agrees", "agreed", "agreeing", "confirms", "snapped",
        "notes", "answers", "Said", "Says", "Stated", "Added", "Asked", "Wrote",
    ];

    // Verbs of naming: "called Ford's plan “an absolute disgrace”". Not after a hyphen: "the so-called “experts”".
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal)
    {
        "called", "calling", "labeled", "labeling", "labelled", "labelling", "branded", "branding", "dubbed", "dubbing",
        "described", "describing",
    };

    private static readonly HashSet<string> Words = BuildWords();

    // Two-word verbs, by their first word: "according to", "pointed out", "fired back".
    private static readonly Dictionary<string, string[]> Phrases = new(StringComparer.Ordinal)
    {
        ["according"] = ["to"], ["According"] = ["to"], ["pointed"] = ["out"], ["fired"] = ["back"], ["shot"] = ["back"],
        ["went"] = ["on"], ["put"] = ["it"], ["points"] = ["out"],
    };

    // Declared after the sets they read (static fields start in order). Looked up by span: no string is made for the many words that are not verbs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NamingBySpan = Naming.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PhrasesBySpan = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every reporting verb in text[from..to], in order.</summary>
    public static List<VerbMatch> All(string text, int from, int to)
    {
        var found = new List<VerbMatch>();
        for (var i = from; i < to;)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            // The range is read as a text of its own, as Regex.Match(text, from, length) reads it: its ends are word ends.
            while (i < to && IsWordChar(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (word.Length is < 3 or > 13) continue;
            if (PhrasesBySpan.TryGetValue(word, out var seconds) && SecondWord(text, i, to, seconds) is { } end)
            {
                if (start == from || text[start - 1] != '-') found.Add(new VerbMatch(start, end - start, text[start..end]));
                continue;
            }
            if (WordsBySpan.Contains(word) || NamingBySpan.Contains(word) && (start == from || text[start - 1] != '-'))
                found.Add(new VerbMatch(start, i - start, word.ToString()));
        }
        return found;
    }

    /// <summary>The first reporting verb in text[from..to], if any.</summary>
    public static VerbMatch? First(string text, int from, int to) => All(text, from, to) is [var first, ..] ? first : null;

    /// <summary>Whether text[from..to] has a reporting verb.</summary>
    public static bool Any(string text, int from, int to) => All(text, from, to).Count > 0;

    public static bool Any(string text) => Any(text, 0, text.Length);

    // "according to": the second word after white space, whole.
    private static int? SecondWord(string text, int at, int to, string[] seconds)
    {
        var i = at;
        while (i < to && char.IsWhiteSpace(text[i])) i++;
        if (i == at) return null;
        foreach (var second in seconds)
        {
            var end = i + second.Length;
            if (end <= to && string.CompareOrdinal(text, i, second, 0, second.Length) == 0 && (end == to || !IsWordChar(text[end])))
                return end;
        }
        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static HashSet<string> BuildWords()
    {
        var words = new HashSet<string>(Irregular, StringComparer.Ordinal);
        foreach (var stem in Stems)
            foreach (var ending in new[] { "", "s", "es", "ed", "ing" }) words.Add(stem + ending);
        foreach (var stem in StemsWithE)
            foreach (var ending in new[] { "e", "es", "ed", "ing" }) words.Add(stem + ending);
        foreach (var stem in NounLikeStems)
            foreach (var ending in new[] { "ed", "ing" }) words.Add(stem + ending);
        words.Add("stated");
        words.Add("noted");
        return words;
    }
}
