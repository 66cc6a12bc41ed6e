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
        foreach (var quote in doc.Quotes)
        {
            var (start, end) = article.Paragraphs[quote.Paragraph];
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
