using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment;

/// <summary>The quotations of a document, and the people found only as their speakers.</summary>
internal sealed record QuotationReading(List<Quote> Quotes, IReadOnlyList<string> NewPeople);

/// <summary>
/// Direct quotations and who said them. The speaker is the subject of a reporting verb after the quotation
/// ("..., Graham said", "..., said Sen. Lindsey Graham") or before it ("Healey would tell the meeting, “...”"),
/// of "X said:" closing the paragraph before, or is carried over when a quotation runs on into the next paragraph
/// or resumes after its attribution. <see cref="SpeakerPhrases"/> picks the subject out; <see cref="SpeakerResolver"/>
/// makes it a person. When nothing singles out a person the speaker is null, never a guess; short phrases with no
/// speaker and no reporting verb are scare quotes or titles, not quotations.
/// </summary>
internal sealed partial class QuotationExtractor(ActorRecognizer recognizer, FirstNames firstNames)
{
    private const int ScareQuoteWords = 6;

    /// <param name="paragraphs">The body.</param>
    /// <param name="reading">The people the actor reader found, and where.</param>
    /// <param name="title">The title: when the body repeats it as its first paragraph (plain-text articles), that
    /// paragraph is read as a headline, where quotation marks almost always quote someone.</param>
    public QuotationReading Extract(IReadOnlyList<Paragraph> paragraphs, ActorReading reading, string? title = null)
    {
        var resolver = new SpeakerResolver(paragraphs, reading, recognizer, firstNames);
        var quotes = new List<Quote>();
        var runsOn = false;
        string? runningSpeaker = null;
        var previousEndedWithQuote = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p].Text;
            var headline = p == 0 && !string.IsNullOrWhiteSpace(title) && text.StartsWith(title, StringComparison.Ordinal) && Words(text) <= 30;
            var spans = QuoteSpan.Find(text, headline);
            foreach (var span in spans) resolver.Quoted(p, span.Open, span.RunsOn ? text.Length : span.Close);
            var endedWithQuote = false;
            QuoteSpan? previousSpan = null;
            string? previousSpeaker = null;
            foreach (var span in spans)
            {
                // “Meet the Press”, ''The Art of the Deal'': a title in the body names a work, nobody is quoted.
                if (!headline && IsTitle(span.Text)) continue;
                var atStart = text.AsSpan(0, span.Open).Trim().IsEmpty;
                string? speaker;
                SpeakerPhrase? attributed = null;
                var keep = false;
                if (atStart && runsOn)
                {
                    speaker = runningSpeaker;
                    keep = true;
                }
                else
                {
                    // An attribution right at the quotation ("Graham said: “...”", "“...,” Graham said") is stronger than
                    // a verb further back in the sentence ("Graham said the plan was “...”").
                    var (before, adjacent) = SpeakerBefore(text, span);
                    speaker = adjacent ? resolver.Resolve(before, p, span.Open) : null;
                    if (speaker is null)
                    {
                        var after = SpeakerAfter(text, span);
                        speaker = resolver.Resolve(after, p, span.Open) ?? (adjacent ? null : resolver.Resolve(before, p, span.Open));
                        attributed = before ?? after;
                    }
                    else attributed = before;
                    // “...,” she said. “...”: a quotation resumed after its attribution keeps the speaker.
                    if (speaker is null && attributed is null && previousSpan is { RunsOn: false } && previousSpeaker is not null
                        && IsAttributionOnly(text[previousSpan.After..span.Open]))
                        speaker = previousSpeaker;
                    // Carried over from the paragraph above only when this one does not attribute the words itself.
                    if (speaker is null && attributed is null && atStart && p > 0)
                        speaker = resolver.Resolve(SpeakerIntroducedAbove(paragraphs[p - 1].Text), p - 1, paragraphs[p - 1].Text.Length)
                                  ?? (previousEndedWithQuote && quotes.Count > 0 && quotes[^1].Paragraph == p - 1 ? quotes[^1].Speaker : null);
                }
                // A quotation closing its paragraph, signed in the next one.
                if (speaker is null && attributed is null && !span.RunsOn && p + 1 < paragraphs.Count
                    && ClosesParagraph(text, span))
                    speaker = resolver.Resolve(SignedBelow(paragraphs[p + 1].Text), p + 1, 0);
                // A reporting verb makes a short phrase a quotation even when no person can be told ("one farmer told").
                // In a headline, a phrase of a few words is someone's; one or two words are a label ('Unity', 'Face the Nation').
                keep |= headline && Words(span.Text) >= 3 || speaker is not null || Words(span.Text) >= ScareQuoteWords || IsReported(text, span);
                if (keep) quotes.Add(new Quote(quotes.Count, p, speaker, span.Text));
                runningSpeaker = speaker;
                previousSpan = span;
                previousSpeaker = speaker;
                endedWithQuote = span.RunsOn || ClosesParagraph(text, span);
            }
            runsOn = spans.Count > 0 && spans[^1].RunsOn;
            previousEndedWithQuote = endedWithQuote;
        }
        return new QuotationReading(quotes, resolver.NewPeople);
    }

    // The text between two quotations of a paragraph is only their attribution: "she added.", "said Ms Baerbock."
    private static bool IsAttributionOnly(string between) =>
        Words(between) <= 10 && ReportingVerbs.Any(between) && !between.Contains(':', StringComparison.Ordinal);

    // "..." one farmer told reporters / a spokesperson said ministers were "...": the words are reported speech.
    private static bool IsReported(string text, QuoteSpan span)
    {
        if (!span.RunsOn)
        {
            var after = text[span.After..];
            var end = SentenceEnd().Match(after) is { Success: true } m ? m.Index : after.Length;
            var next = after.IndexOfAny(['“', '‘', '"']);
            if (next >= 0 && next < end) end = next;
            // The verb within the first words after: "..., the man shouted, using an expletive to describe ...".
            if (after.TrimStart().StartsWith(',') || span.Text.EndsWith(',') || span.Text.EndsWith('?') || span.Text.EndsWith('!'))
                if (ReportingVerbs.Any(FirstWords(after[..end], 8))) return true;
        }
        var clause = text[ClauseStart(text, span.Open)..span.Open];
        // Reported, not scare quotes: a phrase of some length ("monitoring the situation closely"), not one word.
        var verbs = ReportingVerbs.All(clause, 0, clause.Length);
        return verbs.Count > 0 && Words(clause[verbs[^1].Index..]) <= 20 && Words(span.Text) >= 3;
    }

    // Nothing but a full stop after the closing mark.
    private static bool ClosesParagraph(string text, QuoteSpan span) => text.AsSpan(span.After).Trim().TrimEnd('.').IsEmpty;

    // Title case throughout (small words aside), a few words, no clause inside: the name of a show, book or film.
    private static bool IsTitle(string quoted)
    {
        // Most quotations are sentences, longer than a title: those are told cheaply.
        if (quoted.Length is 0 or > 100 || Words(quoted) > 8 || quoted.Contains(", ", StringComparison.Ordinal)) return false;
        var words = quoted.TrimEnd('.', ',', ';', ':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        var capitalised = 0;
        foreach (var word in words)
        {
            var first = word.FirstOrDefault(char.IsLetterOrDigit);
            if (first == default || char.IsDigit(first)) continue;
            if (char.IsUpper(first)) capitalised++;
            else if (!TitleSmallWords.Contains(word)) return false;
        }
        // One capitalised word is a name or a scare quote, not evidence of a title; "I", "I'm" start sentences.
        return capitalised >= 2 && words[0] is not ("I" or "I'm" or "I'll" or "I've" or "I'd");
    }

    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "vs.", "de", "la", "&",
    };

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    // Words as a split on spaces counts them, without the split.
    private static int Words(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] != ' ' && (i == 0 || text[i - 1] == ' ')) count++;
        return count;
    }
}
