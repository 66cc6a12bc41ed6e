using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SearchService.Core.Postings;

/// <summary>
/// LEB128 varints, the format of every postings stream: small gaps and term frequencies take one byte, and a
/// reader decodes without any per-block header (Lucene's VInt).
/// </summary>
internal static class VarInt
{
    public static void Write(ByteBuffer buffer, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            buffer.Add((byte)(v | 0x80));
            v >>= 7;
        }
        buffer.Add((byte)v);
    }

    /// <summary>Writes into a span with room for 5 bytes; returns how many it took.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(Span<byte> target, int value)
    {
        var v = (uint)value;
        var i = 0;
        while (v >= 0x80)
        {
            target[i++] = (byte)(v | 0x80);
            v >>= 7;
        }
        target[i++] = (byte)v;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> data, ref int offset)
    {
        uint b = data[offset++];
        if (b < 0x80) return (int)b;
        var value = b & 0x7F;
        var shift = 7;
        do
        {
            b = data[offset++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return (int)value;
    }

    /// <summary>Moves past <paramref name="count"/> varints without decoding them (positions of postings a phrase skips).</summary>
    public static int Skip(ReadOnlySpan<byte> data, int offset, int count)
    {
        // 32 bytes at a time while the block cannot hold the last varint to skip: a byte with its high bit clear
        // ends a varint, so the block's popcount of those is how many it finishes. A common phrase word skips the
        // positions of thousands of postings between candidates.
        if (Vector256.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(data);
            while (count > Vector256<byte>.Count && offset <= data.Length - Vector256<byte>.Count)
            {
                var ends = ~Vector256.ExtractMostSignificantBits(Vector256.LoadUnsafe(ref start, (nuint)offset));
                count -= BitOperations.PopCount(ends);
                offset += Vector256<byte>.Count;
            }
        }
        while (count > 0)
        {
            if (data[offset++] < 0x80) count--;
        }
        return offset;
    }
}

/// <summary>A growable byte array reused across terms while writing, so the writer allocates per term only the final blob.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[1024];

    public int Length { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(byte value)
    {
        if (Length == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
        _bytes[Length++] = value;
    }

    public void Add(ReadOnlySpan<byte> values)
    {
        if (Length + values.Length > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + values.Length));
        values.CopyTo(_bytes.AsSpan(Length));
        Length += values.Length;
    }

    public void Clear() => Length = 0;

    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    public byte[] ToArray() => Span.ToArray();
}
