using SearchService.Core.Postings;

namespace SearchService.Core.Tests.Postings;

/// <summary>Skipping varints 32 bytes at a time lands where decoding them one by one does.</summary>
public sealed class VarIntTests
{
    [Fact]
    public void SkipLandsWhereDecodingLands()
    {
        var random = new Random(7);
        var buffer = new ByteBuffer();
        var values = new int[5000];
        for (var i = 0; i < values.Length; i++)
        {
            // Mostly one-byte gaps, as positions are, with multi-byte values mixed in so blocks end mid-varint.
            values[i] = random.Next(10) switch { 0 => random.Next(128, 20_000), 1 => random.Next(20_000, int.MaxValue), _ => random.Next(128) };
            VarInt.Write(buffer, values[i]);
        }
        var data = buffer.Span;
        for (var trial = 0; trial < 2000; trial++)
        {
            var from = random.Next(values.Length);
            var count = random.Next(values.Length - from + 1);
            var offset = 0;
            for (var i = 0; i < from; i++) VarInt.Read(data, ref offset);
            var expected = offset;
            for (var i = 0; i < count; i++) VarInt.Read(data, ref expected);
            Assert.Equal(expected, VarInt.Skip(data, offset, count));
            if (from + count < values.Length) Assert.Equal(values[from + count], VarInt.Read(data, ref expected));
        }
    }
}
