using System.Buffers.Binary;
using Lucene.Net.Store;

namespace SearchService.Core.Indexing.Storage;

/// <summary>
/// Reads a slice of a mapped file through a raw pointer: a bounds check and a load per read. Lucene.Net 4.8's own
/// MMapDirectory takes and releases the view's SafeHandle on every read (lucenenet#1151), which is most of a search's
/// time when it walks postings or doc values, and contended when two threads search.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly FileMapping _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedInput(string description, FileMapping mapping, long offset, long length) : base(description)
    {
        _mapping = mapping;
        _start = mapping.Length == 0 ? null : mapping.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if ((ulong)pos > (ulong)_length) throw new EndOfStreamException($"seek past the end ({pos} of {_length}): {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length) throw new EndOfStreamException($"read past the end: {this}");
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _length - _position) throw new EndOfStreamException($"read past the end: {this}");
        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public override int ReadVInt32()
    {
        if (_length - _position < 5) return base.ReadVInt32(); // near the end: the checked byte-by-byte path
        var p = _start + _position;
        int b = *p++, value = b & 0x7F;
        for (var shift = 7; b >= 0x80 && shift < 28; shift += 7)
        {
            b = *p++;
            value |= (b & 0x7F) << shift;
        }
        if (b >= 0x80)
        {
            b = *p++; // the fifth byte holds the top four bits only
            if ((b & 0xF0) != 0) throw new IOException($"invalid vInt (too many bits): {this}");
            value |= b << 28;
        }
        _position = p - _start;
        return value;
    }

    public override long ReadVInt64()
    {
        if (_length - _position < 9) return base.ReadVInt64();
        var p = _start + _position;
        long b = *p++, value = b & 0x7F;
        for (var shift = 7; b >= 0x80 && shift <= 56; shift += 7)
        {
            b = *p++;
            value |= (b & 0x7F) << shift;
        }
        if (b >= 0x80) throw new IOException($"invalid vLong: {this}");
        _position = p - _start;
        return value;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _length - _position) throw new EndOfStreamException($"read past the end: {this}");
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    /// <summary>A clone reads the same mapping from its own position; Lucene never closes clones.</summary>
    public override object Clone() => MemberwiseClone();

    /// <summary>A slice of this input, as compound files and doc values ask for.</summary>
    public MappedInput Slice(string description, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset + length > _length) throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}+{length} of {_length}: {this}");
        return new MappedInput(description, _mapping, (_start - (_mapping.Length == 0 ? null : _mapping.Start)) + offset, length);
    }

    // The mapping is released when no input refers to it any more (see FileMapping), not here: clones may still read.
    protected override void Dispose(bool disposing) { }
}
