using System.Buffers;
using Microsoft.Data.Sqlite;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Postings;

/// <summary>
/// Evaluates a text tree on one level's postings, for the units up to <paramref name="boundary"/> (the rest are
/// FTS5's). Words and phrases score BM25 per field, summed with the field weights; prefixes score a constant
/// per matching field, like Lucene's classic parser; a phrase ending in a prefix is the union of the phrases of its
/// expansions (Lucene's MultiPhraseQuery). <paramref name="onlyFields"/> masks the fields whose score counts (an
/// explanation's columns); every field still matches, so a clause whose words are in different fields still matches.
/// </summary>
internal sealed class PostingsEvaluator(PostingsIndex index, LevelPostings level, SqliteConnection connection, int boundary,
    int onlyFields = -1, CancellationToken deadline = default)
{
    // The whole match set is built here before the caller sees a match, so a costly query (many prefixes or
    // fuzzy words) must be stoppable here: a check per node and per expanded term costs nothing measurable.
    public MatchSet Evaluate(TextExpr expression) => deadline.IsCancellationRequested ? throw new OperationCanceledException(deadline) : expression switch
    {
        TextPhrase p => Phrase(p),
        TextAnd a => AndAll(a.Parts),
        TextOr o => OrAll(o.Parts),
        TextNot n => MatchSetOps.Not(Evaluate(n.Positive), Evaluate(n.Negative)),
        _ => throw new InvalidOperationException($"unknown text expression {expression.GetType().Name}"),
    };

    private MatchSet AndAll(IReadOnlyList<TextExpr> parts)
    {
        var sets = new List<MatchSet>(parts.Count);
        foreach (var part in parts) sets.Add(Evaluate(part));
        sets.Sort((a, b) => a.Count.CompareTo(b.Count)); // smallest first: every later step gallops through a bigger one
        var result = sets[0];
        for (var i = 1; i < sets.Count; i++) result = MatchSetOps.And(result, sets[i]);
        return result;
    }

    private MatchSet OrAll(IReadOnlyList<TextExpr> parts)
    {
        var sets = new List<MatchSet>(parts.Count);
        foreach (var part in parts) sets.Add(Evaluate(part));
        return Union(sets);
    }

    private static MatchSet Union(List<MatchSet> sets)
    {
        if (sets.Count == 0) return MatchSet.Empty;
        while (sets.Count > 1) // pairwise rounds: n log k, not n k, for a fuzzy word's fifty expansions
        {
            var next = new List<MatchSet>((sets.Count + 1) / 2);
            for (var i = 0; i + 1 < sets.Count; i += 2) next.Add(MatchSetOps.Or(sets[i], sets[i + 1]));
            if (sets.Count % 2 == 1) next.Add(sets[^1]);
            sets = next;
        }
        return sets[0];
    }

    private MatchSet Phrase(TextPhrase phrase)
    {
        var tokens = QueryAnalyzer.Tokens(phrase.Text);
        if (tokens.Length == 0) return MatchSet.Empty;
        var mask = level.Level.FieldMask(phrase.Column);
        if (phrase.Prefix && tokens.Length == 1) return Prefix(tokens[0], mask);
        var terms = new int[tokens.Length];
        for (var i = 0; i < (phrase.Prefix ? tokens.Length - 1 : tokens.Length); i++)
            if ((terms[i] = level.Find(tokens[i])) < 0) return MatchSet.Empty;
        if (phrase.Prefix) return PhrasePrefix(terms, tokens[^1], mask);
        return tokens.Length == 1
            ? Term(terms[0], mask)
            : new PhraseMatcher(index, level, connection, boundary).Match(terms, mask, onlyFields);
    }

    // "a b*": the phrases "a bx", "a by", ... for every word bx, by, ... with the prefix, united.
    private MatchSet PhrasePrefix(int[] terms, string prefix, int mask)
    {
        var (start, end) = level.PrefixRange(prefix);
        var sets = new List<MatchSet>(end - start);
        for (var t = start; t < end; t++)
        {
            deadline.ThrowIfCancellationRequested();
            terms[^1] = t;
            sets.Add(new PhraseMatcher(index, level, connection, boundary).Match(terms, mask, onlyFields));
        }
        return Union(sets);
    }

    private MatchSet Term(int term, int mask)
    {
        var postings = index.Term(connection, level, term);
        var fields = level.Fields;
        Span<float> weights = stackalloc float[fields];
        for (var f = 0; f < fields; f++) weights[f] = (mask & (1 << f)) != 0 ? level.Weight(f, level.Idf(term, f)) : 0;
        var end = Limit(postings.Rows, boundary);
        var result = new MatchSet(end);
        var rows = postings.Rows;
        var tf = postings.Tf;
        for (var i = 0; i < end; i++)
        {
            var row = rows[i];
            var score = 0f;
            var matched = false;
            for (var f = 0; f < fields; f++)
            {
                float t = tf[i * fields + f];
                if (t == 0 || weights[f] == 0) continue;
                matched = true;
                if ((onlyFields & (1 << f)) != 0) score += weights[f] * t / (t + level.LengthFactors[f][level.Norms[f][row]]);
            }
            if (matched) result.Add(row, score);
        }
        return result;
    }

    private MatchSet Prefix(string prefix, int mask)
    {
        var (start, end) = level.PrefixRange(prefix);
        if (start == end) return MatchSet.Empty;
        var fields = level.Fields;
        // Constant score per field that has a word with the prefix; bits of matched fields accumulate per unit.
        Span<float> byBits = stackalloc float[1 << fields];
        for (var bits = 0; bits < byBits.Length; bits++)
            for (var f = 0; f < fields; f++)
                if ((bits & onlyFields & (1 << f)) != 0) byBits[bits] += (float)level.Level.Columns[f].Weight;
        var marks = ArrayPool<byte>.Shared.Rent(boundary + 1);
        try
        {
            Array.Clear(marks, 0, boundary + 1);
            var total = 0;
            for (var t = start; t < end; t++)
            {
                deadline.ThrowIfCancellationRequested();
                var postings = index.Term(connection, level, t);
                var limit = Limit(postings.Rows, boundary);
                var tf = postings.Tf;
                for (var i = 0; i < limit; i++)
                {
                    var bits = 0;
                    for (var f = 0; f < fields; f++)
                        if (tf[i * fields + f] != 0) bits |= 1 << f;
                    bits &= mask;
                    if (bits == 0) continue;
                    ref var mark = ref marks[postings.Rows[i]];
                    if (mark == 0) total++;
                    mark |= (byte)bits;
                }
            }
            var result = new MatchSet(total);
            for (var row = 1; row <= boundary; row++)
                if (marks[row] != 0) result.Add(row, byBits[marks[row]]);
            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(marks);
        }
    }

    /// <summary>How many of the ascending rows are at or below the boundary.</summary>
    public static int Limit(int[] rows, int boundary)
    {
        if (rows.Length == 0 || rows[^1] <= boundary) return rows.Length;
        var i = Array.BinarySearch(rows, boundary + 1);
        return i >= 0 ? i : ~i;
    }
}
