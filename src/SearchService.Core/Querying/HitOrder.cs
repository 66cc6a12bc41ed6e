using System.Buffers.Binary;

namespace SearchService.Core.Querying;

/// <summary>
/// The total order of hits for a sort, and the search-after cursor over it. Relevance ties are broken by date (newest
/// first) then by the unit's key (its document's arrival order, then its index), so the order never depends on how
/// segments happen to be merged. Date sorts break ties by key only, not by score: BM25 statistics move when documents
/// are added, and a cursor over (date, key) then stays exact. A cursor holds the last hit's full sort key.
/// </summary>
public sealed class HitOrder(SortOrder sort) : IComparer<UnitHit>
{
    /// <summary>Negative when <paramref name="x"/> comes before <paramref name="y"/>.</summary>
    public int Compare(UnitHit x, UnitHit y)
    {
        if (sort == SortOrder.Relevance && x.Score != y.Score) return x.Score > y.Score ? -1 : 1;
        if (x.Date != y.Date) return (x.Date > y.Date) == (sort != SortOrder.Oldest) ? -1 : 1;
        return x.Key.CompareTo(y.Key);
    }

    /// <summary>True when <paramref name="hit"/> sorts strictly after the cursor's hit.</summary>
    public bool After(UnitHit hit, CursorKey key)
    {
        // The cursor's own hit never comes again, even if its score moved since.
        if (hit.Key == key.Key) return false;
        var byScore = key.Score.CompareTo((double)hit.Score);
        var byDate = key.Date.CompareTo(hit.Date);
        var first = sort switch
        {
            SortOrder.Newest => byDate,
            SortOrder.Oldest => -byDate,
            _ => byScore != 0 ? byScore : byDate,
        };
        return first != 0 ? first > 0 : hit.Key > key.Key;
    }

    public string Cursor(UnitHit last) => CursorKey.Encode(sort, last.Score, last.Date, last.Key);
}

/// <summary>The sort key of the last hit a client has seen; opaque to clients (base64url).</summary>
public sealed record CursorKey(SortOrder Sort, double Score, int Date, long Key)
{
    private const byte Version = 2; // 2: keys of the Lucene index (document sequence and unit), not rowids of the previous engine

    public static string Encode(SortOrder sort, double score, int date, long key)
    {
        var bytes = new byte[22];
        bytes[0] = Version;
        bytes[1] = (byte)sort;
        BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(2), score);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(10), date);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(14), key);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a cursor; throws <see cref="InvalidSearchParameterException"/> for anything that is not one of ours for this sort.</summary>
    public static CursorKey Decode(string cursor, SortOrder sort)
    {
        byte[] bytes;
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            bytes = Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
        }
        catch (FormatException)
        {
            throw new InvalidSearchParameterException("cursor", "cursor is not a token this service issued");
        }
        if (bytes.Length != 22 || bytes[0] != Version) throw new InvalidSearchParameterException("cursor", "cursor is not a token this service issued");
        if (bytes[1] != (byte)sort) throw new InvalidSearchParameterException("cursor", "cursor was issued for another sort order");
        return new CursorKey(sort, BinaryPrimitives.ReadDoubleBigEndian(bytes.AsSpan(2)),
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(10)), BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(14)));
    }
}

/// <summary>A request parameter the caller must fix; <see cref="Parameter"/> names it (the API answers 400).</summary>
public sealed class InvalidSearchParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
