namespace SearchService.Core.Enrichment;

/// <summary>
/// What the subject of a reporting verb is: a name, a pronoun, a capitalised role ("the Home Secretary"), or a
/// description that names nobody ("the senator", "a spokesman for Starmer").
/// </summary>
internal enum SpeakerPhraseKind
{
    Name,
    Pronoun,
    Role,
    Description,
}

/// <summary>
/// The speaker as written beside a quotation: a name (its words without titles, "Lindsey Graham"; the honorific, if
/// any, tells the sex), a pronoun, or a description, with where it stands in the paragraph.
/// </summary>
internal sealed record SpeakerPhrase(SpeakerPhraseKind Kind, int Start, int End, string Text, NameSex Sex = NameSex.Unknown);

/// <summary>
/// Picks the subject out of the words around a reporting verb, the way a reader does. The head of a noun phrase is
/// its last capitalised run that neither modifies a noun after it ("the Clinton campaign", "Trump lawyer Marc
/// Kasowitz") nor is governed by a preposition ("a spokesman for Clinton"); an appositive after a comma describes the
/// name before it ("Victor Cha, a Korea scholar,"); titles and roles before a name are not part of it ("Spokeswoman
/// Maria Zakharova", "Lieutenant Chad Morris"). Deciding whether the name is a person is left to the caller.
/// </summary>
internal static partial class SpeakerPhrases
{

    /// <summary>The subject ending where the verb starts: "..., Graham said" / "Brian Fallon, a spokesman for X, said".</summary>
    public static SpeakerPhrase? Before(string text, int from, int to)
    {
        var tokens = Tokens(text, from, to);
        while (tokens.Count > 0 && tokens[^1].IsWord && IsAuxiliary(tokens[^1].Value)) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0) return null;
        var parts = Split(tokens);
        List<Token> core;
        if (parts[^1].Count == 0)
        {
            // "Name, appositive, said": skip back over the appositives to the part the name ends.
            // A capitalised job title without a name is an appositive too ("Chris Whitty, Chief Medical Officer for England,").
            var k = parts.Count - 2;
            while (k > 0 && parts.Count - 2 - k < 3 && (IsAppositive(parts[k]) || !Runs(text, parts[k]).Any(r => r.IsHead && HasName(r)))) k--;
            core = parts[k];
        }
        else
        {
            core = parts[^1];
            // "Anthony Anton, president and CEO of X stated": an appositive whose closing comma the writer left out.
            if (parts.Count > 1 && IsBareRole(core) && !Runs(text, core).Any(r => r.IsHead && HasName(r)))
            {
                var k = parts.Count - 2;
                while (k > 0 && parts.Count - 2 - k < 2 && IsAppositive(parts[k])) k--;
                core = parts[k];
            }
        }
        if (core.Count == 0) return null;
        if (Pronouns.Contains(core[^1].Value)) return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, core[^1].Start, core[^1].End, core[^1].Value);
        // "Carson did not mention them, but told his supporters": the subject of a coordinated verb is the clause's.
        if (core.All(t => Connectives.Contains(t.Value))) return First(text, from, core[0].Start);
        var head = Runs(text, core).LastOrDefault(r => r.IsHead);
        return head is not null
            ? Named(text, head)
            : new SpeakerPhrase(SpeakerPhraseKind.Description, core[0].Start, core[^1].End, text[core[0].Start..core[^1].End]);
    }

    /// <summary>The subject after its verb: "said Sen. Lindsey Graham, R-S.C." / "according to Graham".</summary>
    public static SpeakerPhrase? After(string text, int from, int to)
    {
        var tokens = Tokens(text, from, to);
        while (tokens.Count > 0 && tokens[0].IsWord && IsAuxiliary(tokens[0].Value)) tokens.RemoveAt(0);
        var core = Split(tokens)[0];
        if (core.Count == 0) return null;
        if (Pronouns.Contains(core[0].Value)) return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, core[0].Start, core[0].End, core[0].Value);
        var head = Runs(text, core).FirstOrDefault(r => r.IsHead);
        if (head is not null) return Named(text, head);
        // "said his best friend at Lehigh, Bruce Turry, who ...": the name in apposition to the description.
        var parts = Split(tokens);
        if (parts.Count > 1 && parts[1].Count > 0 && Runs(text, parts[1]).ToList() is [{ IsHead: true } only] && only.Tokens.Count == parts[1].Count)
            return Named(text, only);
        return new SpeakerPhrase(SpeakerPhraseKind.Description, core[0].Start, core[^1].End, text[core[0].Start..core[^1].End]);
    }

    /// <summary>The clause's subject, named first: "Trump attacked Clinton, saying ..." → Trump.</summary>
    public static SpeakerPhrase? First(string text, int from, int to)
    {
        var tokens = Tokens(text, from, to);
        while (tokens.Count > 0 && tokens[^1].IsWord && IsAuxiliary(tokens[^1].Value)) tokens.RemoveAt(tokens.Count - 1);
        var parts = Split(tokens);
        // "..., with Trump reportedly yelling": the participle's own subject, after "with".
        var last = parts[^1];
        if (last.Count > 1 && Runs(text, last).LastOrDefault() is { } withRun && withRun.Tokens[^1] == last[^1]
            && last.IndexOf(withRun.Tokens[0]) is > 0 and var at && last[at - 1].Value == "with")
            return Named(text, withRun);
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (part.Count == 0) continue;
            if (Pronouns.Contains(part[0].Value)) return new SpeakerPhrase(SpeakerPhraseKind.Pronoun, part[0].Start, part[0].End, part[0].Value);
            // A subject alone in its part is followed by an appositive ("Dean, a former party chairman, ..."), not by
            // a place or a time ("At a rally in Birmingham, Alabama, on Saturday").
            var described = p + 1 < parts.Count && parts[p + 1] is [{ Value: "a" or "an" or "the" }, ..];
            if (Runs(text, part).FirstOrDefault(r => r.IsSubject && (r.Tokens[^1] != part[^1] || described)) is { } run) return Named(text, run);
        }
        return null;
    }

    private static bool HasName(Run run) => run.Tokens.FindLastIndex(t => IsTitleWord(t.Value)) < run.Tokens.Count - 1;

    private static SpeakerPhrase Named(string text, Run run)
    {
        var words = run.Tokens;
        // Titles and roles before the name: "Home Secretary Yvette Cooper", "Sen. Lindsey Graham", "Adviser Sidney Blumenthal".
        var lastTitle = words.FindLastIndex(t => IsTitleWord(t.Value));
        var sex = NameSex.Unknown;
        if (lastTitle >= 0) sex = HonorificSex(words[lastTitle].Value);
        var name = words.Skip(lastTitle + 1).Where(t => !IsSuffix(t.Value)).ToList();
        // "Dean, a former party chairman, said": a role word alone, with no article, is a surname ("the Dean" would have one).
        if (name.Count == 0 && words.Count == 1 && !PersonNames.IsTitle(words[0].Value) && !words[0].Value.EndsWith('.')) name = words;
        while (name.Count > 1 && LeadingNotName.Contains(name[0].Value)) name.RemoveAt(0);
        if (name.Count == 0)
            return new SpeakerPhrase(SpeakerPhraseKind.Role, words[0].Start, words[^1].End, text[words[0].Start..words[^1].End]);
        var value = string.Join(' ', name.Select(t => t.Value.Length == 2 && t.Value[1] == '.' ? t.Value : t.Value.TrimEnd('.')));
        return new SpeakerPhrase(SpeakerPhraseKind.Name, name[0].Start, name[^1].End, value, sex);
    }

    // An appositive describes what comes before it: "a spokesman", "R-S.C.", "34", "who ...", "chief of staff".
    private static bool IsAppositive(List<Token> part)
    {
        if (part.Count == 0) return false;
        var first = part[0].Value;
        return char.IsLower(first[0]) || char.IsDigit(first[0]) || first is "The" or "A" or "An" or "Democrat" or "Republican" or "Independent"
               || PartyAndState().IsMatch(first)
               // "Cambridge, Mass.,": a state's abbreviation after a place.
               || part.Count == 1 && first.Length <= 6 && first.EndsWith('.')
               || part.Count == 1 && first.Where(char.IsLetter).All(char.IsUpper);
    }

    // "president and CEO of X", "chief of staff": a role without an article, lower case, where a subject would have one.
    // Its first word is a noun, not a verb: "delivered a blunt message to Trump" describes nobody.
    private static bool IsBareRole(List<Token> part) =>
        part.Count > 0 && char.IsLower(part[0].Value[0]) && !Connectives.Contains(part[0].Value)
        && part[0].Value is not ("the" or "a" or "an" or "his" or "her" or "their" or "its" or "one" or "another")
        && !part[0].Value.EndsWith("ed", StringComparison.Ordinal) && !part[0].Value.EndsWith("ing", StringComparison.Ordinal);

    private static List<List<Token>> Split(List<Token> tokens)
    {
        var parts = new List<List<Token>> { new() };
        foreach (var token in tokens)
        {
            if (token.Value is "," or ";" or ":" or "—" or "–" or "-") parts.Add([]);
            else parts[^1].Add(token);
        }
        return parts;
    }

    // A head ends its noun phrase; a subject is not governed by a preposition, whatever follows it.
    private sealed record Run(List<Token> Tokens, bool IsHead, bool IsSubject);

    // Capitalised runs of a part, each marked whether it can head the subject.
    private static IEnumerable<Run> Runs(string text, List<Token> part)
    {
        var run = new List<Token>();
        for (var i = 0; i <= part.Count; i++)
        {
            var token = i < part.Count ? part[i] : null;
            if (token is not null && IsNameToken(token, run.Count))
            {
                if (token.Possessive)
                {
                    run.Clear();
                    continue;
                }
                run.Add(token);
                continue;
            }
            if (run.Count > 0)
            {
                // "at the UK Health Security Agency", "for Trump's campaign": articles and possessors do not break the government.
                var before = i - run.Count - 1;
                while (before >= 0 && (part[before].Value is "the" or "a" or "an" or "The" or "A" or "An" || part[before].Possessive)) before--;
                // "Clinton and Sanders said" is two people; "Health and Social Care Secretary Wes Streeting" one role.
                var governed = before >= 0 && Prepositions.Contains(part[before].Value)
                               && !(part[before].Value is "and" or "or"
                                    && (before == 0 || !char.IsUpper(part[before - 1].Value[0]) || run.Any(t => IsTitleWord(t.Value))));
                var modifies = token is not null && !AfterHead.Contains(token.Value);
                var determinerOnly = run.Count == 1 && LeadingNotName.Contains(run[0].Value);
                // A clause's subject starts its part and is followed by its verb (lower case, not a preposition) or nothing.
                var verbFollows = token is null || char.IsLower(token.Value[0]) && !Prepositions.Contains(token.Value) && !AfterHead.Contains(token.Value);
                yield return new Run(run, !governed && !modifies && !determinerOnly, !governed && !determinerOnly && i - run.Count == 0 && verbFollows);
            }
            run = [];
        }
    }

    private static bool IsNameToken(Token token, int runLength)
    {
        var value = token.Value;
        if (char.IsUpper(value[0])) return !(runLength == 0 && value is "The" or "A" or "An");
        return runLength > 0 && value is "de" or "van" or "von" or "der" or "da" or "del" or "la" or "le" or "al" or "bin" or "di" or "du";
    }
}
