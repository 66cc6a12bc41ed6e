using System.Globalization;

namespace SearchService.Benchmarks.Queries;

/// <summary>
/// Lucene classic syntax with default operator OR → our syntax (CONTRACT.md "Query syntax") with default
/// operator AND. The AND is written as juxtaposition and the OR spelled out, so the text means the same to
/// the placeholder parser (which reads juxtaposition as AND and knows no operators) and to the full parser.
/// What our syntax cannot say (slop, boosts) is approximated and the note says how.
/// </summary>
internal static class QueryTranslator
{
    // Lucene's EnglishAnalyzer stop set: inside a phrase Lucene leaves a position gap where FTS5 matches the word.
    private static readonly HashSet<string> StopWords = new(
        "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".Split(' '),
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Fields = new(["title", "summary", "body", "department", "actor", "nation", "date"], StringComparer.Ordinal);

    public static Translation Translate(BenchQuery query)
    {
        var notes = new List<string>();
        var features = QueryFeatures.None;
        var text = Write(LuceneQueryParser.Parse(query.Lucene), top: true, ref features, notes);
        if (query.Lucene.Contains("sanchez", StringComparison.OrdinalIgnoreCase))
            notes.Add("remove_diacritics folds Sánchez to sanchez; Lucene's EnglishAnalyzer does not");
        return new Translation(query, text, features, notes.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string Write(LuceneNode node, bool top, ref QueryFeatures features, List<string> notes)
    {
        switch (node)
        {
            case LuceneLeaf leaf:
                return Leaf(leaf, ref features, notes);
            case LuceneOr or:
                features |= QueryFeatures.Or;
                var items = new List<string>();
                foreach (var item in or.Items) items.Add(Nested(item, ref features, notes));
                return Wrap(string.Join(" OR ", items), top, ref features);
            case LuceneAnd and:
                var parts = new List<string>();
                foreach (var must in and.Must) parts.Add(Nested(must, ref features, notes));
                foreach (var not in and.MustNot)
                {
                    features |= QueryFeatures.Not;
                    parts.Add("NOT " + Nested(not, ref features, notes));
                }
                return Wrap(string.Join(' ', parts), top, ref features);
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    private static string Nested(LuceneNode node, ref QueryFeatures features, List<string> notes) =>
        Write(node, top: false, ref features, notes);

    private static string Wrap(string text, bool top, ref QueryFeatures features)
    {
        if (top) return text;
        features |= QueryFeatures.Group;
        return "(" + text + ")";
    }

    private static string Leaf(LuceneLeaf leaf, ref QueryFeatures features, List<string> notes)
    {
        var prefix = "";
        if (leaf.Field is { } field)
        {
            if (!Fields.Contains(field)) throw new FormatException($"unknown field {field}");
            features |= field == "date" ? QueryFeatures.DateRange : QueryFeatures.Field;
            prefix = field + ":";
        }
        if (leaf.IsRange) return prefix + "[" + leaf.RangeFrom + " TO " + leaf.RangeTo + "]";
        if (leaf.Boost is not null) notes.Add($"boost ^{leaf.Boost} dropped: same hits, different ranking");
        if (leaf.Phrase is { } phrase)
        {
            if (leaf.Slop is { } slop && phrase.Contains(' ', StringComparison.Ordinal))
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"sloppy phrase ~{slop} read as an exact phrase (our syntax has no slop): a subset of Lucene's hits"));
            if (leaf.Field is null && phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(StopWords.Contains))
                notes.Add("phrase with a stop word: Lucene drops it (position gap), FTS5 matches it");
            return prefix + "\"" + phrase + "\"";
        }
        var word = leaf.Word!;
        if (leaf.Fuzzy is { } distance)
        {
            features |= QueryFeatures.Fuzzy;
            // Our syntax has word~1 and word~ (= ~2), as Lucene's.
            return prefix + word + (distance == 1 ? "~1" : "~");
        }
        return prefix + word;
    }
}
