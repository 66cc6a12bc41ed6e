using System.Text;

namespace SearchService.Core.Ingestion;

/// <summary>A file handed to the readers: its path, as given, and its text decoded once.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The file name without extension: the id of a document that has no URL.</summary>
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The first non-blank line, trimmed; what most readers sniff.</summary>
    public string FirstLine
    {
        get
        {
            foreach (var line in Text.AsSpan().EnumerateLines())
            {
                var trimmed = line.Trim();
                if (!trimmed.IsEmpty) return trimmed.ToString();
            }
            return "";
        }
    }

    /// <summary>Reads a file as UTF-8 (BOM-aware, also UTF-16 with BOM), refusing what is not text.</summary>
    public static SourceFile Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return new SourceFile(path, TextDecoder.Decode(bytes, path));
    }
}

/// <summary>Why a file was not read; the indexer names the file and this reason.</summary>
public sealed class UnreadableSourceException(string reason) : Exception(reason);

internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] bytes, string path)
    {
        if (bytes.Length == 0) throw new UnreadableSourceException("empty file");
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0, start, Math.Min(bytes.Length - start, 8192)) >= 0)
            throw new UnreadableSourceException("binary file (NUL bytes)");
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Older feeds (Reuters-21578, some exports) are Latin-1; every byte sequence decodes there.
            _ = path;
            return Encoding.Latin1.GetString(bytes, start, bytes.Length - start);
        }
    }
}
