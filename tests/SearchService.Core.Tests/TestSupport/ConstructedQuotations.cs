using System.Globalization;
using System.Text;
using System.Text.Json;
using SearchService.Core.Documents;
using SearchService.Core.Enrichment;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Tests.TestSupport;

/// <summary>
/// Quotations repeated on purpose, with the truth of which quote records are the same words: quotations of some
/// documents (the sources) are written again into other documents (the hosts) as a new last paragraph, exact, with
/// other quotation marks, trimmed at the start, the end or both, re-punctuated, with a word changed, or cut to an
/// excerpt; beside them, negatives: a different quotation that shares a phrase of a source, and different words
/// attributed to the source's speaker. Everything else is a quotation of its own. Used by the grouping test and by
/// the benchmark's <c>quotegroups</c> measurement.
/// </summary>
public sealed class ConstructedQuotations
{
    public static readonly string[] PositiveKinds = ["exact", "other-marks", "trim-start", "trim-end", "trim-both", "repunctuated", "edited", "excerpt"];
    public static readonly string[] NegativeKinds = ["shared-phrase", "same-speaker"];

    /// <summary>A quotation written into a host: its group (the source's label) and how it was changed.</summary>
    public sealed record Insertion(string Label, string DocumentId, int Paragraph, string Kind, bool Positive, string Text);

    /// <summary>A source quotation: its document and index, as enrichment finds it.</summary>
    public sealed record Source(string Label, string DocumentId, int Quote, string? Speaker, string Text);

    private readonly Random _random;

    public ConstructedQuotations(int seed) => _random = new Random(seed);

    public List<Source> Sources { get; } = [];
    public List<Insertion> Insertions { get; } = [];

    /// <summary>
    /// Picks up to <paramref name="groups"/> source quotations (every quotation of the <paramref name="preferred"/>
    /// documents first, then quotations of random documents of the pool) and writes <paramref name="copies"/> variants
    /// of each, and <paramref name="negatives"/> negatives, into other documents of the pool. Returns the pool with the
    /// hosts changed. The pool's documents are as read (not enriched); hosts are chosen among the preferred documents
    /// first too, so the seeds host copies as well as give them.
    /// </summary>
    public List<Document> Build(IReadOnlyList<Document> pool, IReadOnlyList<string> preferred, int groups, int copies, int negatives)
    {
        var enricher = new DocumentEnricher();
        var documents = pool.ToList();
        var index = documents.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var candidates = preferred.Concat(Shuffled(documents.Select(d => d.Id).Except(preferred))).ToList();
        foreach (var id in candidates)
        {
            if (Sources.Count >= groups) break;
            var enriched = enricher.Enrich(documents[index[id]]);
            foreach (var quote in enriched.Quotes.Where(q => q.Text.Split(' ').Length >= 8))
            {
                Sources.Add(new Source(string.Create(CultureInfo.InvariantCulture, $"g{Sources.Count}"), id, quote.Index, quote.Speaker, quote.Text));
                if (Sources.Count >= groups || !preferred.Contains(id)) break;
            }
        }

        var sourceIds = Sources.Select(s => s.DocumentId).ToHashSet(StringComparer.Ordinal);
        // Seeds first, then random others; a document hosts one insertion and is never a source's own host.
        var hosts = new Queue<string>(preferred.Concat(Shuffled(documents.Select(d => d.Id).Where(id => !sourceIds.Contains(id) && !preferred.Contains(id)))));
        foreach (var source in Sources)
        {
            for (var c = 0; c < copies + negatives; c++)
            {
                // A source's own document hosts a later source's copies instead.
                var host = hosts.Dequeue();
                for (var tries = hosts.Count; host == source.DocumentId && tries > 0; tries--)
                {
                    hosts.Enqueue(host);
                    host = hosts.Dequeue();
                }
                var positive = c < copies;
                var kind = positive ? PositiveKinds[(Sources.IndexOf(source) + c) % PositiveKinds.Length] : NegativeKinds[(c - copies) % NegativeKinds.Length];
                var hostDocument = documents[index[host]];
                var (text, speaker) = positive ? (Variant(source.Text, kind), source.Speaker) : Negative(source, kind, hostDocument);
                var paragraph = hostDocument.Paragraphs.Count;
                documents[index[host]] = hostDocument with
                {
                    Paragraphs = [.. hostDocument.Paragraphs, new Paragraph(paragraph, Attributed(text, speaker ?? "A spokesperson"))],
                    Actors = speaker is null || !hostDocument.Supplied.HasFlag(SuppliedFacets.Actors) ? hostDocument.Actors : [.. hostDocument.Actors, speaker],
                };
                Insertions.Add(new Insertion(source.Label, host, paragraph, kind, positive, text));
            }
        }
        return documents;
    }

    /// <summary>The true group of a quote record: its source's or insertion's label, else a group of its own.</summary>
    public string TruthOf(string documentId, int quote, int paragraph)
    {
        _sourceAt ??= Sources.ToDictionary(s => (s.DocumentId, s.Quote), s => s.Label);
        _insertionAt ??= Insertions.Where(i => i.Positive).ToDictionary(i => (i.DocumentId, i.Paragraph), i => i.Label);
        return _sourceAt.GetValueOrDefault((documentId, quote)) ?? _insertionAt.GetValueOrDefault((documentId, paragraph))
            ?? string.Create(CultureInfo.InvariantCulture, $"{documentId}#q{quote}");
    }

    private Dictionary<(string, int), string>? _sourceAt, _insertionAt;

    /// <summary>One quote record of the built index and the group it was put in.</summary>
    public sealed record Grouped(string DocumentId, int Quote, int Paragraph, string Group);

    /// <summary>How the grouping did: pairwise over every quote record, and per kind of insertion.</summary>
    public sealed record Score(long TruePairs, long PredictedPairs, long CorrectPairs, int Records, int Missed,
        IReadOnlyDictionary<string, (int Joined, int Total)> ByKind)
    {
        /// <summary>Of the pairs put in one group, the share that truly are the same quotation (1 when no pair was made).</summary>
        public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

        /// <summary>Of the pairs that truly are the same quotation, the share put in one group.</summary>
        public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;
    }

    /// <summary>
    /// Pairwise precision and recall: over every unordered pair of quote records, a pair is predicted when both are in
    /// one group and true when both are the same source's (the source's own record or a positive insertion); records of
    /// an insertion the extractor did not find as a quotation are counted as <see cref="Score.Missed"/> and left out.
    /// By kind: how many insertions of that kind share their source's group (for negatives, should be none).
    /// </summary>
    public Score Evaluate(IReadOnlyList<Grouped> records)
    {
        var truth = records.Select(r => TruthOf(r.DocumentId, r.Quote, r.Paragraph)).ToList();
        long Pairs(IEnumerable<string> keys) => keys.GroupBy(k => k, StringComparer.Ordinal).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var truePairs = Pairs(truth);
        var predicted = Pairs(records.Select(r => r.Group));
        var correct = Pairs(records.Select((r, i) => truth[i] + "\u0001" + r.Group));

        var byQuote = records.ToDictionary(r => (r.DocumentId, r.Quote), r => r.Group);
        var byParagraph = records.ToLookup(r => (r.DocumentId, r.Paragraph), r => r.Group);
        var groupOfSource = Sources.ToDictionary(s => s.Label, s => byQuote.GetValueOrDefault((s.DocumentId, s.Quote)), StringComparer.Ordinal);
        var byKind = new Dictionary<string, (int Joined, int Total)>(StringComparer.Ordinal);
        var missed = 0;
        foreach (var insertion in Insertions)
        {
            var found = byParagraph[(insertion.DocumentId, insertion.Paragraph)].ToList();
            if (found.Count == 0)
            {
                missed++;
                continue;
            }
            var joined = groupOfSource[insertion.Label] is { } group && found.Contains(group);
            var (j, t) = byKind.GetValueOrDefault(insertion.Kind);
            byKind[insertion.Kind] = (j + (joined ? 1 : 0), t + 1);
        }
        return new Score(truePairs, predicted, correct, records.Count, missed, byKind);
    }

    /// <summary>A document as a JSON line the indexer reads: the lists its source supplied, no quotations (enrichment finds them).</summary>
    public static string JsonLine(Document document)
    {
        var node = JsonSerializer.SerializeToNode(document with { Quotes = [] }, DocumentJson.Options)!.AsObject();
        node.Remove("quotes");
        if (!document.Supplied.HasFlag(SuppliedFacets.Actors)) node.Remove("actors");
        if (!document.Supplied.HasFlag(SuppliedFacets.Nations)) node.Remove("nations");
        if (!document.Supplied.HasFlag(SuppliedFacets.Organisations)) node.Remove("organisations");
        return node.ToJsonString(DocumentJson.Options);
    }

    private string Attributed(string text, string speaker) => _random.Next(4) switch
    {
        0 => $"{speaker} said: “{text}”",
        1 => $"“{text}” said {speaker}.",
        2 => $"{speaker} told reporters, \"{text}\"",
        _ => $"\"{text.TrimEnd('.', '!', '?')},\" {speaker} said.",
    };

    private string Variant(string text, string kind)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var cut = Math.Max(1, words.Count / 5);
        switch (kind)
        {
            case "other-marks": return text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
            case "trim-start": return Capital(string.Join(' ', words.Skip(_random.Next(1, cut + 1))));
            case "trim-end": return string.Join(' ', words.Take(words.Count - _random.Next(1, cut + 1))) + "…";
            case "trim-both": return "…" + string.Join(' ', words.Skip(_random.Next(1, cut + 1)).SkipLast(_random.Next(1, cut + 1))) + "…";
            case "repunctuated": return Repunctuated(text);
            case "edited":
                var at = _random.Next(words.Count / 3, Math.Max(words.Count / 3 + 1, 2 * words.Count / 3));
                if (_random.Next(2) == 0) words[at] = "indeed"; else words.RemoveAt(at);
                return Repunctuated(string.Join(' ', words));
            case "excerpt":
                var length = Math.Max(8, words.Count / 3);
                var from = _random.Next(0, Math.Max(1, words.Count - length));
                return Capital(string.Join(' ', words.Skip(from).Take(length)).TrimEnd(',', ';'));
            default: return text;
        }
    }

    // Other marks, no commas, dashes as commas, a semicolon for a full stop, and no accents: the words stay.
    private string Repunctuated(string text)
    {
        var changed = text.Replace('’', '\'').Replace(",", "", StringComparison.Ordinal).Replace(" – ", ", ", StringComparison.Ordinal)
            .Replace(" — ", " - ", StringComparison.Ordinal).Replace(". ", "; ", StringComparison.Ordinal);
        changed = new string(changed.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return _random.Next(2) == 0 ? changed.ToUpperInvariant()[..1] + changed[1..] : changed;
    }

    private (string Text, string? Speaker) Negative(Source source, string kind, Document host)
    {
        // Words of the host's body, which no quotation has: different words, the same length as a quotation.
        var own = host.Paragraphs.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => !w.Contains('“') && !w.Contains('”') && !w.Contains('"')).Take(40).ToList();
        if (kind == "same-speaker") return (Capital(string.Join(' ', own.Take(Math.Max(12, source.Text.Split(' ').Length)))), source.Speaker);
        // A phrase of the source, at most 40 % of the new quotation, inside words of its own.
        var words = source.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var length = Math.Min(8, Math.Max(4, words.Length / 3));
        var from = _random.Next(0, words.Length - length + 1);
        var phrase = string.Join(' ', words.Skip(from).Take(length)).Trim(',', '.', ';');
        var around = (int)Math.Ceiling(length * 1.5 / 2);
        return (Capital(string.Join(' ', own.Take(around)) + " " + phrase + " " + string.Join(' ', own.Skip(around).Take(around))), "A different speaker");
    }

    private IEnumerable<string> Shuffled(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
