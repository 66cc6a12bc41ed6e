using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Spelling;

/// <summary>
/// Words of the index within a few edits of a word, from the <c>spell</c> field's own terms (Lucene's
/// <see cref="FuzzyTermsEnum"/>, a Levenshtein automaton intersected with the terms dictionary): folded, unstemmed
/// words as people write them. Both <c>word~</c> and "did you mean" use it. Expanding surface words, not stems,
/// keeps edit distances honest: "goverment" is one edit from "government", but its stem is three from "govern".
/// </summary>
internal static class NearWords
{
    /// <summary>Lucene's FuzzyQuery default maxExpansions.</summary>
    public const int MaxExpansions = 50;

    /// <summary>The nearest words, fewest edits (a swap counting one) first, then the most documents.</summary>
    public static List<(string Word, int Edits, int Documents)> Find(IndexReader reader, string folded, int maxEdits, int limit = MaxExpansions)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Spell);
        if (terms is null || folded.Length == 0) return [];
        if (maxEdits <= 0)
        {
            var exact = reader.DocFreq(new Term(IndexFields.Spell, folded));
            return exact > 0 ? [(folded, 0, exact)] : [];
        }
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Spell, folded), Math.Min(maxEdits, 2), 0, transpositions: true);
        var found = new List<(string Word, int Edits, int Documents)>();
        while (candidates.MoveNext())
        {
            var word = candidates.Term.Utf8ToString();
            found.Add((word, EditDistance.Between(folded, word), candidates.DocFreq));
        }
        return found.OrderBy(f => f.Edits).ThenByDescending(f => f.Documents).ThenBy(f => f.Word, StringComparer.Ordinal).Take(limit).ToList();
    }
}
