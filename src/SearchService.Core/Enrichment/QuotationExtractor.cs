using System.Text.RegularExpressions;
using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>
/// Direct quotations and who said them. The speaker comes from a reporting verb before the quotation
/// ("Healey would tell the meeting, “...") or after it ("..., he said"), from "X said:" closing the paragraph
/// before, or is carried over when a quotation runs on into the next paragraph. A pronoun is the last person
/// named. When nothing names the speaker it is null, never a guess; short phrases with no speaker are scare quotes.
/// </summary>
internal static partial class QuotationExtractor
{
    private const int ScareQuoteWords = 6;

    public static List<Quote> Extract(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<PersonMention> mentions)
    {
        var quotes = new List<Quote>();
        var runsOn = false;
        string? runningSpeaker = null;
        var previousEndedWithQuote = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var spans = QuoteSpan.Find(text);
            var endedWithQuote = false;
            QuoteSpan? previousSpan = null;
            string? previousSpeaker = null;
            foreach (var span in spans)
            {
                var atStart = text[..span.Open].Trim().Length == 0;
                string? speaker;
                var keep = false;
                if (atStart && runsOn)
                {
                    speaker = runningSpeaker;
                    keep = true;
                }
                else
                {
                    speaker = SpeakerBefore(text, p, span, mentions) ?? SpeakerAfter(text, p, span, mentions);
                    // “...,” she said. “...”: a quotation resumed after its attribution keeps the speaker.
                    if (speaker is null && previousSpan is { RunsOn: false } && previousSpeaker is not null
                        && IsAttributionOnly(text[(previousSpan.Close + 1)..span.Open]))
                        speaker = previousSpeaker;
                    if (speaker is null && atStart && p > 0)
                        speaker = SpeakerIntroducedAbove(paragraphs[p - 1].Text, p - 1, mentions)
                                  ?? (previousEndedWithQuote && quotes.Count > 0 && quotes[^1].Paragraph == p - 1 ? quotes[^1].Speaker : null);
                }
                // A reporting verb makes a short phrase a quotation even when no person can be told ("one farmer told").
                keep |= speaker is not null || Words(span.Text) >= ScareQuoteWords || IsReported(text, span);
                if (keep) quotes.Add(new Quote(quotes.Count, p, speaker, span.Text));
                runningSpeaker = speaker;
                previousSpan = span;
                previousSpeaker = speaker;
                endedWithQuote = span.RunsOn || text[(span.Close + 1)..].Trim().TrimEnd('.').Length == 0;
            }
            runsOn = spans.Count > 0 && spans[^1].RunsOn;
            previousEndedWithQuote = endedWithQuote;
        }
        return quotes;
    }

    // The clause before the opening mark, back to the sentence start or the previous quotation.
    private static string? SpeakerBefore(string text, int p, QuoteSpan span, IReadOnlyList<PersonMention> mentions)
    {
        var start = ClauseStart(text, span.Open);
        var clause = text[start..span.Open];
        if (!PersonCues.ReportingVerb().IsMatch(clause) && !clause.TrimEnd().EndsWith(':')) return null;
        return LastPerson(text, p, start, span.Open, mentions);
    }

    // The words after the closing mark, to the end of the sentence: "..., he said." / "..., said the Foreign Secretary."
    private static string? SpeakerAfter(string text, int p, QuoteSpan span, IReadOnlyList<PersonMention> mentions)
    {
        if (span.RunsOn) return null;
        var from = span.Close + 1;
        var end = SentenceEnd().Match(text, from) is { Success: true } m ? m.Index : text.Length;
        end = Math.Min(end, from + 120);
        var after = text[from..end];
        var next = after.IndexOfAny(['“', '‘', '"']);
        if (next >= 0) end = from + next;
        if (!PersonCues.ReportingVerb().IsMatch(text[from..end])) return null;
        var named = mentions.FirstOrDefault(x => x.Paragraph == p && x.Start >= from && x.End <= end);
        var pronoun = PersonCues.Pronoun().Match(text[from..end]);
        if (pronoun.Success && (named is null || from + pronoun.Index < named.Start)) return LastMentionBefore(p, span.Open, mentions);
        return named?.Actor;
    }

    // "Home Office minister Jeremy Browne said:" closing the paragraph above.
    private static string? SpeakerIntroducedAbove(string above, int p, IReadOnlyList<PersonMention> mentions)
    {
        var trimmed = above.TrimEnd();
        if (!trimmed.EndsWith(':') || !PersonCues.ReportingVerb().IsMatch(trimmed)) return null;
        return LastPerson(above, p, ClauseStart(above, trimmed.Length - 1), trimmed.Length, mentions);
    }

    private static string? LastPerson(string text, int p, int from, int to, IReadOnlyList<PersonMention> mentions)
    {
        var named = mentions.LastOrDefault(x => x.Paragraph == p && x.Start >= from && x.End <= to);
        var pronoun = PersonCues.Pronoun().Matches(text[from..to]).LastOrDefault();
        if (pronoun is not null && (named is null || from + pronoun.Index > named.Start))
            return LastMentionBefore(p, from + pronoun.Index, mentions);
        return named?.Actor;
    }

    private static string? LastMentionBefore(int p, int position, IReadOnlyList<PersonMention> mentions) =>
        mentions.LastOrDefault(x => x.Paragraph < p || x.Paragraph == p && x.End <= position)?.Actor;

    private static int ClauseStart(string text, int before)
    {
        var start = 0;
        foreach (Match m in SentenceBoundary().Matches(text[..before])) start = m.Index + m.Length;
        var lastClose = text.LastIndexOfAny(['”', '"'], Math.Max(0, before - 1));
        if (before > 0 && lastClose >= start && lastClose < before) start = lastClose + 1;
        return start;
    }

    // The text between two quotations of a paragraph is only their attribution: "she added.", "said Ms Baerbock."
    private static bool IsAttributionOnly(string between) =>
        Words(between) <= 10 && PersonCues.ReportingVerb().IsMatch(between) && !between.Contains(':', StringComparison.Ordinal);

    // "..." one farmer told reporters / a spokesperson said ministers were "...": the words are reported speech.
    private static bool IsReported(string text, QuoteSpan span)
    {
        if (!span.RunsOn)
        {
            var after = text[(span.Close + 1)..];
            var end = SentenceEnd().Match(after) is { Success: true } m ? m.Index : after.Length;
            var next = after.IndexOfAny(['“', '‘', '"']);
            if (next >= 0 && next < end) end = next;
            if (after.TrimStart().StartsWith(',') || span.Text.EndsWith(',') || span.Text.EndsWith('?') || span.Text.EndsWith('!'))
                if (Words(after[..end]) <= 8 && PersonCues.ReportingVerb().IsMatch(after[..end])) return true;
        }
        var clause = text[ClauseStart(text, span.Open)..span.Open];
        // Reported, not scare quotes: a phrase of some length ("monitoring the situation closely"), not one word.
        var verb = PersonCues.ReportingVerb().Matches(clause).LastOrDefault();
        return verb is not null && Words(clause[verb.Index..]) <= 20 && Words(span.Text) >= 3;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sir|Gen|Col|Capt|Sen|Rep|No))[.!?][”""’]?\s+(?=[\p{Lu}“""‘])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St))[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
