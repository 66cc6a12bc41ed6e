namespace SearchService.Core.Querying;

/// <summary>One matching record: its score, its document's date (yyyymmdd), its stable sort key, its doc id and its
/// document record's doc id in the searcher's reader.</summary>
public readonly record struct UnitHit(float Score, int Date, long Key, int Doc, int Parent)
{
    /// <summary>The paragraph's or quotation's index in its document (from the key), −1 for a document record.</summary>
    public int Unit => (int)(Key & ((1 << 20) - 1)) - 1;
}
