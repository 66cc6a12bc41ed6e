using SearchService.Core.Documents;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>The counts of one split, added article by article (see <see cref="PolnearEvaluation"/> for the rules).</summary>
internal sealed class PolnearScore
{
    public int Articles { get; private set; }

    public int Gold { get; private set; }

    public int Found { get; private set; }

    public int Extracted { get; private set; }

    public int Correct { get; private set; }

    public int Named { get; private set; }

    public int SpeakerRight { get; private set; }

    public int SpeakerNull { get; private set; }

    public int SpeakerWrong { get; private set; }

    public void Add(PolnearArticle article, Document doc, AnnotatedSource sources, string name, List<string> failures)
    {
        Articles++;
        var matches = doc.Quotes.ToDictionary(q => q, _ => new List<GoldQuote>());
        var searchFrom = new Dictionary<int, int>();
        foreach (var quote in doc.Quotes)
        {
            var (start, end) = Place(article, doc, quote, searchFrom);
            var words = Words(quote.Text);
            foreach (var content in article.Contents)
                if (content.Overlaps(start, end) && SameWords(words, Words(content.Content))) matches[quote].Add(content);
            Extracted++;
            if (matches[quote].Count > 0) Correct++;
            else failures.Add($"polnear {name}: not annotated «{Clip(quote.Text)}» (speaker {quote.Speaker ?? "null"})");
        }
        foreach (var gold in article.DirectQuotes)
        {
            Gold++;
            var found = doc.Quotes.Where(q => matches[q].Contains(gold)).ToList();
            if (found.Count == 0)
            {
                failures.Add($"polnear {name}: missed «{Clip(gold.Content)}»");
                continue;
            }
            Found++;
            var (kind, head, single) = sources.Classify(gold.Source);
            if (kind != SourceKind.Named) continue;
            Named++;
            var speakers = found.Select(q => q.Speaker).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (speakers.Count == 0)
            {
                SpeakerNull++;
                failures.Add($"polnear {name}: speaker null, source «{gold.Source}» for «{Clip(gold.Content)}»");
            }
            else if (speakers.All(s => IsHead(s, head!, single))) SpeakerRight++;
            else
            {
                SpeakerWrong++;
                failures.Add($"polnear {name}: speaker {string.Join(" / ", speakers)}, source «{gold.Source}» for «{Clip(gold.Content)}»");
            }
        }
    }

    // Where the quote stands in the article: found in its paragraph as read (white space squashed), mapped back to
    // the raw text; the whole paragraph when it cannot be found. Words alone would pair a short quote with any
    // quotation of the paragraph that shares half of them.
    private static (int Start, int End) Place(PolnearArticle article, Document doc, Quote quote, Dictionary<int, int> searchFrom)
    {
        var (start, end) = article.Paragraphs[quote.Paragraph];
        var read = doc.Paragraphs[quote.Paragraph].Text;
        var at = read.IndexOf(quote.Text, searchFrom.GetValueOrDefault(quote.Paragraph), StringComparison.Ordinal);
        if (at < 0) return (start, end);
        searchFrom[quote.Paragraph] = at + quote.Text.Length;
        var raw = new List<int>(read.Length + 1);
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(article.Text[i]) && (raw.Count == 0 || i > start && char.IsWhiteSpace(article.Text[i - 1]))) continue;
            raw.Add(i);
        }
        if (at + quote.Text.Length > raw.Count) return (start, end);
        return (raw[at], raw[at + quote.Text.Length - 1] + 1);
    }

    private static bool IsHead(string speaker, string head, bool singleWord)
    {
        // Keys split "Mark-Viverito" and "O'Malley" into words: compare the last word of each.
        var key = PersonNames.Surname(PersonNames.Key(head));
        var name = PersonNames.Key(PersonNames.WithoutTitles(speaker));
        return PersonNames.Surname(name) == key || singleWord && name.Split(' ')[0] == PersonNames.Key(head);
    }

    // At least half the shorter one's words are in the other.
    private static bool SameWords(HashSet<string> a, HashSet<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        if (shorter.Count == 0) return false;
        return shorter.Count(longer.Contains) * 2 >= shorter.Count;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in PersonNames.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)) words.Add(word);
        return words;
    }

    private static string Clip(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 90 ? flat : flat[..87] + "...";
    }
}
