using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchService.Core.Analysis;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Suggesting;

/// <summary>
/// Completions of what a user is typing, from the index itself: departments, actors and nations whose value has a
/// word starting with the text (ranked by how many documents have them), titles with such a word (a prefix search of
/// the title field, newest first), and frequent words of the <c>spell</c> field starting with it (by document count).
/// A completion of the whole value ranks above one in the middle of it.
/// </summary>
public static class Suggester
{
    private const int TitleCandidates = 50;

    public static IReadOnlyList<Suggestion> Suggest(UnitSearcher searcher, string prefix, int limit = 10)
    {
        var folded = SurfaceWords.Fold(prefix).Trim();
        if (folded.Length == 0) return [];
        var ranked = new List<(Suggestion Suggestion, double Rank)>();
        var facets = searcher.Facets;
        Values(facets, facets.Departments, "department", 3, folded, ranked);
        Values(facets, facets.Actors, "actor", 2.5, folded, ranked);
        Values(facets, facets.Nations, "nation", 2.5, folded, ranked);
        Titles(searcher, folded, ranked);
        Words(searcher.IndexReader, folded, ranked);
        return ranked.OrderByDescending(r => r.Rank).ThenBy(r => r.Suggestion.Text, StringComparer.Ordinal)
            .Select(r => r.Suggestion).Distinct().Take(limit).ToList();
    }

    private static void Values(ReaderFacets facets, FacetDimension dimension, string kind, double boost, string prefix, List<(Suggestion, double)> ranked)
    {
        var counts = facets.LiveCounts(dimension);
        for (var ord = 0; ord < dimension.Labels.Length; ord++)
        {
            if (counts[ord] == 0 || WordStart(SurfaceWords.Fold(dimension.Labels[ord]), prefix) is not { } start) continue;
            ranked.Add((new Suggestion(dimension.Labels[ord], kind), boost + Math.Log(1 + counts[ord]) + (start == 0 ? 2 : 0)));
        }
    }

    private static void Titles(UnitSearcher searcher, string prefix, List<(Suggestion, double)> ranked)
    {
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var query = new BooleanQuery();
        foreach (var word in words[..^1])
            foreach (var stem in PressAnalyzer.Stemming.Tokens(word)) query.Add(new TermQuery(new Term("d.title", stem)), Occur.MUST);
        if (PressAnalyzer.Folding.Tokens(words[^1]) is not [.., var last]) return;
        query.Add(new PrefixQuery(new Term("d.title", last)), Occur.MUST);
        var top = searcher.Search(query, TitleCandidates, new Sort(new SortField(IndexFields.Date, SortFieldType.INT64, reverse: true)));
        var leaves = searcher.IndexReader.Leaves;
        foreach (var hit in top.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            var titles = leaf.AtomicReader.GetSortedDocValues(IndexFields.TitleValue);
            if (titles is null) continue;
            var bytes = new BytesRef();
            titles.Get(hit.Doc - leaf.DocBase, bytes);
            var title = bytes.Utf8ToString();
            if (WordStart(SurfaceWords.Fold(title), prefix) is { } start) ranked.Add((new Suggestion(title, "title"), 1 + Math.Log(2) + (start == 0 ? 2 : 0)));
        }
    }

    private static void Words(IndexReader reader, string prefix, List<(Suggestion, double)> ranked)
    {
        if (prefix.Contains(' ', StringComparison.Ordinal)) return;
        var terms = MultiFields.GetTerms(reader, IndexFields.Spell);
        if (terms is null) return;
        var words = terms.GetEnumerator();
        if (words.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return;
        var found = new List<(string Word, int Count)>();
        do
        {
            var word = words.Term.Utf8ToString();
            if (!word.StartsWith(prefix, StringComparison.Ordinal)) break;
            if (words.DocFreq >= 2 && word.Length >= 3) found.Add((word, words.DocFreq));
        } while (words.MoveNext());
        foreach (var (word, count) in found.OrderByDescending(f => f.Count).Take(50))
            ranked.Add((new Suggestion(word, "term"), Math.Log(1 + count) + 2));
    }

    // Where a word of the value starts with the prefix: 0 for the whole value, >0 for a later word, null for none.
    private static int? WordStart(string value, string prefix)
    {
        for (var i = value.IndexOf(prefix, StringComparison.Ordinal); i >= 0; i = value.IndexOf(prefix, i + 1, StringComparison.Ordinal))
            if (i == 0 || !char.IsLetterOrDigit(value[i - 1])) return i;
        return null;
    }
}
