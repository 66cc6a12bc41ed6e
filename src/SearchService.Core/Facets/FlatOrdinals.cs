namespace SearchService.Core.Facets;

/// <summary>
/// A multi-valued facet as two flat arrays (compressed rows): document <c>d</c>'s ordinals are
/// <c>Values[Start[d]..Start[d + 1]]</c>. Counting walks memory in document order instead of chasing one small
/// array per document, which was the single hottest spot of a document-level search.
/// </summary>
public sealed class FlatOrdinals
{
    private FlatOrdinals(int[] start, int[] values)
    {
        Start = start;
        Values = values;
    }

    public int[] Start { get; }
    public int[] Values { get; }

    public static FlatOrdinals From(int[][] perDocument)
    {
        var start = new int[perDocument.Length + 1];
        for (var d = 0; d < perDocument.Length; d++) start[d + 1] = start[d] + perDocument[d].Length;
        var values = new int[start[^1]];
        for (var d = 0; d < perDocument.Length; d++) perDocument[d].CopyTo(values, start[d]);
        return new FlatOrdinals(start, values);
    }
}
