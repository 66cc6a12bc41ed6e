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
    // Lucene's EnglishAnalyzer stop set: inside a phrase the anchors leave a position gap where our analyzer (no stop words) matches the word.
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
            notes.Add("our analyzer folds Sánchez to sanchez (ASCIIFoldingFilter); the anchors' EnglishAnalyzer does not");
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
        var boost = leaf.Boost is { } b ? "^" + b : "";
        if (leaf.Phrase is { } phrase)
        {
            if (leaf.Field is null && phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(StopWords.Contains))
                notes.Add("phrase with a stop word: the anchors' EnglishAnalyzer drops it (position gap), our analyzer keeps and matches it");
            var slop = leaf.Slop is { } n ? string.Create(CultureInfo.InvariantCulture, $"~{n}") : "";
            return prefix + "\"" + phrase + "\"" + slop + boost;
        }
        var word = leaf.Word!;
        if (leaf.Fuzzy is { } distance)
        {
            features |= QueryFeatures.Fuzzy;
            // Our syntax has word~1 and word~ (= ~2), as Lucene's.
            return prefix + word + (distance == 1 ? "~1" : "~") + boost;
        }
        return prefix + word + boost;
    }
}
