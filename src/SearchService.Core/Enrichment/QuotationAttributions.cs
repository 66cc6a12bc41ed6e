using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>Where the attribution of a quotation is written, and the words that make up its subject.</summary>
internal sealed partial class QuotationExtractor
{
    // The clause before the opening mark, back to the sentence start or the previous quotation: "Graham said, “...”",
    // "According to Graham, “...”", "Trump attacked Clinton, saying “...”", "Carl Bialik: “...”".
    private static (SpeakerPhrase? Phrase, bool Adjacent) SpeakerBefore(string text, QuoteSpan span)
    {
        var start = ClauseStart(text, span.Open);
        var verbs = ReportingVerbs.All(text, start, span.Open);
        if (verbs.Count == 0)
        {
            // "Carl Bialik: “...”", "the former candidate Mitt Romney -- ''...''": a name, then a colon or a dash.
            var lead = LeadIn().Match(text[start..span.Open]);
            if (lead.Success) return (NameOnly(SpeakerPhrases.Before(text, start, start + lead.Index)), true);
            // "Trump issued a statement, “...”": whose statement, tweet or remarks the quotation is.
            var clause = text[start..span.Open].TrimEnd();
            return clause.EndsWith(',') && SpeechNoun().IsMatch(clause) ? (NameOnly(SpeakerPhrases.First(text, start, span.Open)), true) : (null, false);
        }
        var adjacent = IsAdjacent(text.AsSpan(verbs[^1].End, span.Open - verbs[^1].End));
        // "Pollsters agree - Carl Bialik: “...”": after a dash, a name before the colon is a new subject.
        if (adjacent && DashThenName().Match(text, verbs[^1].End, span.Open - verbs[^1].End) is { Success: true } dashed
            && NameOnly(SpeakerPhrases.After(text, dashed.Index + dashed.Length, text.LastIndexOf(':', span.Open - 1))) is { } named)
            return (named, true);
        // "X, general secretary of Y, said the award was welcome but warned that “...”": the verb nearest the
        // quotation may have no subject of its own; the one before it has.
        SpeakerPhrase? phrase = null;
        for (var v = verbs.Count - 1; v >= 0 && v >= verbs.Count - 3; v--)
        {
            phrase = SubjectOf(text, start, span.Open, verbs[v]);
            if (phrase is { Kind: not SpeakerPhraseKind.Description }) return (phrase, adjacent);
        }
        return (phrase, adjacent);
    }

    private static SpeakerPhrase? SubjectOf(string text, int start, int open, VerbMatch verb)
    {
        var at = verb.Index;
        if (verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase)) return SpeakerPhrases.After(text, at + verb.Length, open);
        // "Trump was asked, “...”": the subject of a passive verb of saying is who was spoken to.
        if (Passive().IsMatch(text.AsSpan(start, at - start))) return new SpeakerPhrase(SpeakerPhraseKind.Description, start, at, text[start..at]);
        // "Stated Stone: “...”", "Said Trump in a statement: “...”": the verb comes first.
        if (!text[start..at].Any(char.IsLetterOrDigit)) return SpeakerPhrases.After(text, at + verb.Length, open);
        // "Trump attacked Clinton, saying": a participle's subject is the clause's subject, named first.
        if (verb.Value.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal) && !verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase))
            return SpeakerPhrases.First(text, start, at);
        return SpeakerPhrases.Before(text, start, at);
    }

    // The words after the closing mark, to the end of the sentence: "..., he said." / "..., said the Foreign Secretary."
    private static SpeakerPhrase? SpeakerAfter(string text, QuoteSpan span)
    {
        if (span.RunsOn) return null;
        var from = span.After;
        var end = SentenceEnd().Match(text, from) is { Success: true } m ? m.Index : text.Length;
        end = Math.Min(end, from + 160);
        var next = text.IndexOfAny(['“', '‘', '"'], from, end - from);
        var nextDouble = text.IndexOf("''", from, end - from, StringComparison.Ordinal);
        if (next < 0 || nextDouble >= 0 && nextDouble < next) next = nextDouble;
        if (next >= 0) end = next;
        // “...” ― Carla Sanchez: a signed quotation, as in vox pops and pull quotes.
        if (SignatureDash().Match(text, from, end - from) is { Success: true } dash)
            return NameOnly(SpeakerPhrases.After(text, dash.Index + dash.Length, end));
        // "..., Scott Pruitt, one of the states suing, said": the first verb may sit inside an appositive.
        SpeakerPhrase? phrase = null;
        foreach (var verb in ReportingVerbs.All(text, from, end).Take(3))
        {
            var prefix = text[from..verb.Index];
            if (Passive().IsMatch(text.AsSpan(from, verb.Index - from))) return null;
            if (!prefix.Any(char.IsLetterOrDigit) || verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase))
                return SpeakerPhrases.After(text, verb.Index + verb.Length, end);
            // A long appositive may stand between the name and its verb ("Trump, the front-runner nationally and ..., said").
            if (Words(prefix) > 40) break;
            phrase = SpeakerPhrases.Before(text, from, verb.Index);
            if (phrase is { Kind: not SpeakerPhraseKind.Description }) return phrase;
        }
        return phrase;
    }

    // The paragraph after a quotation is only its signature: "- Bernie Sanders." / "— Dean Baker, Economic Policy Institute".
    private static SpeakerPhrase? SignedBelow(string below)
    {
        var dash = SignatureDash().Match(below);
        return dash.Success && dash.Index == 0 && Words(below) <= 12 ? NameOnly(SpeakerPhrases.After(below, dash.Length, below.Length)) : null;
    }

    // "Home Office minister Jeremy Browne said:" closing the paragraph above.
    private static SpeakerPhrase? SpeakerIntroducedAbove(string above)
    {
        var trimmed = above.TrimEnd();
        if (!trimmed.EndsWith(':')) return null;
        var start = ClauseStart(above, trimmed.Length - 1);
        var verbs = ReportingVerbs.All(above, start, trimmed.Length - 1);
        VerbMatch? verb = verbs.Count > 0 ? verbs[^1] : null;
        // "President Clinton released the following statement:": a person's statement, tweet or remarks follow.
        if (verb is null) return SpeechNoun().IsMatch(above[start..]) ? NameOnly(SpeakerPhrases.First(above, start, trimmed.Length - 1)) : null;
        // "Stated Stone:" and "According to Stone:" name the speaker after the verb.
        return verb.Value.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) || !above.AsSpan(start, verb.Value.Index - start).ContainsAnyExcept(" ")
            ? SpeakerPhrases.After(above, verb.Value.End, trimmed.Length - 1)
            : SpeakerPhrases.Before(above, start, verb.Value.Index);
    }

    // Without a reporting verb, only a name before a colon attributes ("Carl Bialik: “...”"), not "The plan:".
    private static SpeakerPhrase? NameOnly(SpeakerPhrase? phrase) => phrase is { Kind: SpeakerPhraseKind.Name } ? phrase : null;

    private static int ClauseStart(string text, int before)
    {
        var start = 0;
        // The boundary looks ahead at what starts the next sentence, the opening mark itself included.
        foreach (var m in SentenceBoundary().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, before + 2))))
            if (m.Index + m.Length <= before) start = m.Index + m.Length;
        var lastClose = before > 0 ? text.LastIndexOfAny(['”', '"'], before - 1) : -1;
        var lastDouble = before > 1 ? text.LastIndexOf("''", before - 1, StringComparison.Ordinal) : -1;
        if (lastDouble >= 0) lastClose = Math.Max(lastClose, lastDouble + 1);
        if (lastClose >= start && lastClose < before) start = lastClose + 1;
        return start;
    }

    // Between the verb and the opening mark: nothing, "that", or to whom and where before a colon or comma ("told CNN:").
    private static bool IsAdjacent(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        if (between.IsEmpty || between.SequenceEqual("that") || between.SequenceEqual(":") || between.SequenceEqual(",")) return true;
        if (between[^1] is not (':' or ',')) return false;
        var words = 1;
        foreach (var c in between) if (c == ' ') words++;
        return words <= 4;
    }

    [GeneratedRegex(@"^\s+[-–—]{1,2}\s+(?=\p{Lu}[^:]*:\s*$)")]
    private static partial Regex DashThenName();

    [GeneratedRegex(@"^\s*[-–—―]{1,2}\s*(?=\p{Lu})")]
    private static partial Regex SignatureDash();

    [GeneratedRegex(@"\s*(?::|\s--|\s[–—])\s*$")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:statement|tweet|tweets|remarks|comment|comments|message|email|letter|post|interview|speech|memo|video)\b")]
    private static partial Regex SpeechNoun();

    [GeneratedRegex(@"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sir|Gen|Col|Capt|Sen|Rep|No|Gov|Lt|Sgt|Jr|Sr|Rev|Prof|Adm|Maj|Cmdr|Fr|Atty|Supt|Insp|Ft|Mt))[.!?](?:[”""’]|'')?\s+(?=[\p{Lu}“""‘']|'')")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Lt|Sgt|Jr|Sr|Rev|Prof|Gen|Col|Capt|Adm|Maj|Cmdr|Fr|Atty|Supt|Insp|Ft|Mt))[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
