namespace SearchService.Benchmarks.Queries;

/// <summary>A Lucene classic query, as far as the anchor's query file uses the syntax.</summary>
internal abstract record LuceneNode;

/// <summary>One clause: a word (maybe <c>prefix*</c>, fuzzy <c>~N</c>), a phrase (maybe sloppy <c>~N</c>), or a range; any of them boosted and field-qualified.</summary>
internal sealed record LuceneLeaf(
    string? Field, string? Word, string? Phrase, int? Slop, int? Fuzzy, string? Boost, string? RangeFrom, string? RangeTo) : LuceneNode
{
    public bool IsRange => RangeFrom is not null;
}

/// <summary>Clauses of which any may match (the default operator of the anchor's parser).</summary>
internal sealed record LuceneOr(IReadOnlyList<LuceneNode> Items) : LuceneNode;

/// <summary>Clauses that must all match, minus those that must not.</summary>
internal sealed record LuceneAnd(IReadOnlyList<LuceneNode> Must, IReadOnlyList<LuceneNode> MustNot) : LuceneNode;
