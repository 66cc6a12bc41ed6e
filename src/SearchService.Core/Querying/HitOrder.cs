using System.Buffers.Binary;
using SearchService.Core.Querying.Planning;

namespace SearchService.Core.Querying;

/// <summary>
/// The total order of hits for a sort, and the search-after cursor over it. Relevance ties are broken by date
/// (newest first) then rowid, so the order never depends on how SQLite happened to return rows. Date sorts
/// break ties by rowid only, not by score: BM25 statistics move when documents are added, and a cursor over
/// (date, rowid) then stays exact. A cursor holds the last hit's full sort key (score, date, rowid).
/// </summary>
public sealed class HitOrder(SortOrder sort, int[] docDates) : IComparer<UnitMatch>
{
    private int Date(int doc) => doc < docDates.Length ? docDates[doc] : 0;

    public int Compare(UnitMatch x, UnitMatch y)
    {
        // Runs once per match against the page's worst kept hit: decide on the score before looking up dates.
        if (sort is not (SortOrder.Newest or SortOrder.Oldest) && y.Score.CompareTo(x.Score) is var byScore && byScore != 0) return byScore;
        var byDate = Date(y.Doc).CompareTo(Date(x.Doc));
        var first = sort == SortOrder.Oldest ? -byDate : byDate;
        return first != 0 ? first : x.Row.CompareTo(y.Row);
    }

    /// <summary>True when <paramref name="hit"/> sorts strictly after the cursor's hit.</summary>
    public bool After(UnitMatch hit, CursorKey key)
    {
        int byScore = key.Score.CompareTo(hit.Score), byDate = key.Date.CompareTo(Date(hit.Doc));
        // The cursor's own hit never comes again, even if its score moved since.
        if (hit.Row == key.Row) return false;
        var first = sort switch
        {
            SortOrder.Newest => byDate,
            SortOrder.Oldest => -byDate,
            _ => byScore != 0 ? byScore : byDate,
        };
        return first != 0 ? first > 0 : hit.Row > key.Row;
    }

    public string Cursor(UnitMatch last) => CursorKey.Encode(sort, last.Score, Date(last.Doc), last.Row);
}

/// <summary>The sort key of the last hit a client has seen; opaque to clients (base64url).</summary>
public sealed record CursorKey(SortOrder Sort, double Score, int Date, long Row)
{
    private const byte Version = 1;

    public static string Encode(SortOrder sort, double score, int date, long row)
    {
        var bytes = new byte[22];
        bytes[0] = Version;
        bytes[1] = (byte)sort;
        BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(2), score);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(10), date);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(14), row);
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
