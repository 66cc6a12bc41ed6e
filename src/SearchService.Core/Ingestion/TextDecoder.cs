using System.Text;

namespace SearchService.Core.Ingestion;

/// <summary>
/// Decides how a file's bytes are text: UTF-8 (with or without BOM), UTF-16 (BOM, or the tell-tale zero
/// bytes of ASCII text), or Latin-1 for older feeds such as Reuters-21578. Binary and empty files are refused.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Detect(ReadOnlySpan<byte> head, long length)
    {
        if (length == 0) throw new UnreadableSourceException("empty file");
        if (head is [0xFF, 0xFE, ..]) return Encoding.Unicode;
        if (head is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode;
        if (head is [0xEF, 0xBB, 0xBF, ..]) return Encoding.UTF8;
        if (LooksLikeUtf16(head, out var bigEndian)) return bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        if (head.IndexOf((byte)0) >= 0) throw new UnreadableSourceException("binary file (NUL bytes, not text)");
        return IsUtf8(head, complete: length <= head.Length) ? Encoding.UTF8 : Encoding.Latin1;
    }

    public static string Decode(byte[] bytes, Encoding encoding, bool complete)
    {
        var span = bytes.AsSpan();
        var preamble = encoding.Preamble;
        if (span.StartsWith(preamble)) span = span[preamble.Length..];
        if (encoding is UTF8Encoding)
        {
            // A file cut off inside a multi-byte character keeps everything before it.
            var end = span.Length;
            if (!IsUtf8(span, complete: true)) end = LastCompleteUtf8(span);
            return Encoding.UTF8.GetString(span[..end]);
        }
        if (!complete && encoding is UnicodeEncoding && span.Length % 2 == 1) span = span[..^1];
        return encoding.GetString(span);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (!complete) bytes = bytes[..LastCompleteUtf8(bytes)];
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // The length up to the start of a trailing multi-byte sequence that is cut short.
    private static int LastCompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte: keep looking for the lead
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? bytes.Length - back : bytes.Length;
        }
        return bytes.Length;
    }

    // ASCII-heavy UTF-16 without a BOM: most bytes on one parity are zero, almost none on the other.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head, out bool bigEndian)
    {
        bigEndian = false;
        if (head.Length < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        var pairs = head.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }
}
