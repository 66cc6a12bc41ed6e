using System.Buffers;

namespace SearchService.Core.Postings;

/// <summary>
/// Matching units of one clause: ascending rowids with their scores, in arrays rented from the shared pool (a
/// common word matches a quarter of a million paragraphs; allocating that per query would churn the large-object heap).
/// </summary>
internal sealed class MatchSet : IDisposable
{
    public static MatchSet Empty => new(0);

    public MatchSet(int capacity)
    {
        Rows = capacity == 0 ? [] : ArrayPool<int>.Shared.Rent(capacity);
        Scores = capacity == 0 ? [] : ArrayPool<float>.Shared.Rent(capacity);
    }

    public int[] Rows { get; }
    public float[] Scores { get; }
    public int Count { get; set; }

    public void Add(int row, float score)
    {
        Rows[Count] = row;
        Scores[Count++] = score;
    }

    public void Dispose()
    {
        if (Rows.Length == 0) return;
        ArrayPool<int>.Shared.Return(Rows);
        ArrayPool<float>.Shared.Return(Scores);
    }
}
