namespace SearchService.Core.Ingestion;

/// <summary>
/// A file handed to the readers. Readers sniff <see cref="Head"/> (the first 64 KB, decoded) to decide
/// whether they understand it; whole-file readers use <see cref="Text"/>, streaming readers
/// <see cref="OpenText"/>, so a 500 MB JSON Lines corpus is never held in memory at once.
/// </summary>
public sealed class SourceFile
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>Largest file a whole-file format reads into memory; streaming formats (JSON Lines) have no limit.</summary>
    public const long MaxWholeFileBytes = 32L * 1024 * 1024;
    private readonly Lazy<string> _text;
    private readonly List<string> _problems = [];

    public SourceFile(string path, string text)
    {
        Path = path;
        Head = text.Length > HeadBytes ? text[..HeadBytes] : text;
        _text = new Lazy<string>(text);
        Encoding = System.Text.Encoding.UTF8;
    }

    private SourceFile(string path, string head, System.Text.Encoding encoding, Func<string> text)
    {
        Path = path;
        Head = head;
        Encoding = encoding;
        _text = new Lazy<string>(text);
    }

    public string Path { get; }

    /// <summary>The beginning of the file, decoded: enough to recognise any format.</summary>
    public string Head { get; }

    /// <summary>The whole file, decoded on first use.</summary>
    public string Text => _text.Value;

    public System.Text.Encoding Encoding { get; }

    /// <summary>The file name without extension: the id of a document that has no URL.</summary>
    public string Stem => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The first non-blank line, trimmed; what most readers sniff.</summary>
    public string FirstLine
    {
        get
        {
            foreach (var line in Head.AsSpan().EnumerateLines())
            {
                var trimmed = line.Trim();
                if (!trimmed.IsEmpty) return trimmed.ToString();
            }
            return "";
        }
    }

    /// <summary>Problems with parts of the file (a bad line) that did not stop the rest from being read.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public void ReportProblem(string problem) => _problems.Add(problem);

    /// <summary>Streams the file's text in its detected encoding.</summary>
    public TextReader OpenText() =>
        File.Exists(Path) ? new StreamReader(Path, Encoding, detectEncodingFromByteOrderMarks: true) : new StringReader(Text);

    /// <summary>Opens a file, detecting its encoding from its first bytes; refuses what is not text.</summary>
    public static SourceFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, HeadBytes)];
        stream.ReadExactly(head);
        var length = stream.Length;
        var encoding = TextDecoder.Detect(head, length);
        return new SourceFile(path, TextDecoder.Decode(head, encoding, complete: length <= HeadBytes), encoding, () =>
            length <= MaxWholeFileBytes
                ? TextDecoder.Decode(File.ReadAllBytes(path), encoding, complete: true)
                : throw new UnreadableSourceException($"too large for this format ({length / 1024 / 1024} MB; the limit is {MaxWholeFileBytes / 1024 / 1024} MB)"));
    }
}

/// <summary>Why a file was not read; the indexer names the file and this reason.</summary>
public sealed class UnreadableSourceException(string reason) : Exception(reason);
