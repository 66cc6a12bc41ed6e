using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchService.Core.Indexing;

namespace SearchService.Core.Querying.Syntax;

/// <summary>Queries the parser builds that are not words: every unit of a level, none, a date range.</summary>
internal static class LevelQueries
{
    /// <summary>Every record of the level, all scoring the same (an empty query lists everything, newest first).</summary>
    public static Query All(LevelFields level) => new ConstantScoreQuery(new TermQuery(new Term(IndexFields.Level, level.Code))) { Boost = 0 };

    /// <summary>Matches no record (a facet value no document has, a fuzzy word without letters).</summary>
    public static Query Nothing() => new TermQuery(new Term(IndexFields.Level, "none")) { Boost = 0 };

    /// <summary>Records published in [from, to], both inclusive, null being open; selects without scoring.</summary>
    public static Query Dates(DateOnly? from, DateOnly? to)
    {
        var query = NumericRangeQuery.NewInt32Range(IndexFields.Date, IndexFields.DatePrecisionStep,
            from is { } f ? DateValues.Key(f) : 1, to is { } t ? DateValues.Key(t) : int.MaxValue, true, true);
        query.Boost = 0;
        return query;
    }
}
