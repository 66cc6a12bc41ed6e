using SearchService.Core.Documents;
using SearchService.Core.Ingestion;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Ingestion;

public sealed class FormatDetectionTests
{
    [Fact]
    public void JsonLinesOfGeneratedShapeAreRead()
    {
        using var temp = new TempFolder();
        var file = temp.File("corpus.jsonl",
            """
            {"id": "doc-000001", "title": "Funding for flood defences", "date": "2024-03-01", "department": "Environment Agency", "url": "https://www.gov.uk/government/news/funding", "summary": "Money.", "paragraphs": ["First paragraph.", "Second paragraph."], "actors": ["Emma Reynolds"], "nations": ["United Kingdom"]}
            {"id": "doc-000002", "title": "Second", "paragraphs": [{"index": 0, "text": "Only paragraph."}]}
            """);
        var documents = new SourceScanner().ReadFile(file).ToList();
        Assert.Equal(["doc-000001", "doc-000002"], documents.Select(d => d.Id));
        Assert.Equal("Second paragraph.", documents[0].Paragraphs[1].Text);
        Assert.Equal(["Emma Reynolds"], documents[0].Actors);
        Assert.Equal("Only paragraph.", documents[1].Paragraphs[0].Text);
    }

    [Fact]
    public void ExtractOutputReadsBackAsTheSameDocuments()
    {
        using var temp = new TempFolder();
        var original = new SourceScanner().ReadFile(Path.Combine(Repository.Seeds, "002_ae71211020e9c540.txt")).Single();
        var file = temp.File("extracted.json", "[" + DocumentJson.Serialize(original) + "]");
        var roundTripped = new SourceScanner().ReadFile(file).Single();
        Assert.Equal(DocumentJson.Serialize(original with { Source = "" }), DocumentJson.Serialize(roundTripped with { Source = "" }));
    }

    [Fact]
    public void UnreadableFilesAreSkippedWithAReason()
    {
        using var temp = new TempFolder();
        temp.File("empty.txt", "");
        File.WriteAllBytes(Path.Combine(temp.Path, "binary.bin"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        temp.File("bad.jsonl", "{\"title\": \"ok\", \"id\": \"a\"}\n{not json\n");
        var scanner = new SourceScanner();
        var documents = scanner.Read([temp.Path]).ToList();
        Assert.Equal(["a"], documents.Select(d => d.Id)); // the good line of bad.jsonl is kept
        Assert.Equal(3, scanner.Skipped.Count);
        Assert.Contains(scanner.Skipped, s => s.Path.EndsWith("empty.txt", StringComparison.Ordinal) && s.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(scanner.Skipped, s => s.Path.EndsWith("binary.bin", StringComparison.Ordinal) && s.Reason.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(scanner.Skipped, s => s.Path.EndsWith("bad.jsonl", StringComparison.Ordinal) && s.Reason.Contains("line 2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-8-bom")]
    [InlineData("latin-1")]
    public void EveryCommonEncodingReadsAsTheSameText(string encoding)
    {
        const string text = "Sébastien Lecornu met counterparts in Brussels on 10 April 2025.\n\nSecond paragraph – with a dash.";
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. System.Text.Encoding.Unicode.Preamble, .. System.Text.Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. System.Text.Encoding.BigEndianUnicode.Preamble, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => System.Text.Encoding.Unicode.GetBytes(text),
            "utf-8-bom" => [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(text)],
            _ => System.Text.Encoding.Latin1.GetBytes(text.Replace('–', '-')),
        };
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "article.txt");
        File.WriteAllBytes(path, bytes);
        var document = new SourceScanner().ReadFile(path).Single();
        Assert.StartsWith("Sébastien Lecornu met", document.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Paragraphs.Count);
    }

    [Fact]
    public void FileCutInsideACharacterKeepsWhatCameBefore()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "cut.txt");
        var bytes = System.Text.Encoding.UTF8.GetBytes("Talks in Brussels went well.\n\nThe minister said “peace");
        File.WriteAllBytes(path, bytes[..^1]); // last byte of the closing character is gone
        var document = new SourceScanner().ReadFile(path).Single();
        Assert.Equal("Talks in Brussels went well.", document.Paragraphs[0].Text);
        Assert.StartsWith("The minister said", document.Paragraphs[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeWholeFileIsSkippedButHugeJsonLinesStream()
    {
        using var temp = new TempFolder();
        var line = """{"id": "x", "title": "Filler", "paragraphs": ["word word word word word word word word word word"]}""";
        var big = Path.Combine(temp.Path, "big.txt");
        using (var writer = File.CreateText(big))
            for (var i = 0; writer.BaseStream.Length < SourceFile.MaxWholeFileBytes + 1024; i++) writer.WriteLine("Paragraph of filler text number " + i + ".\n");
        var lines = Path.Combine(temp.Path, "big.jsonl");
        using (var writer = File.CreateText(lines))
            for (var i = 0; writer.BaseStream.Length < SourceFile.MaxWholeFileBytes + 1024; i++) writer.WriteLine(line.Replace("\"x\"", $"\"d{i}\"", StringComparison.Ordinal));
        var scanner = new SourceScanner();
        var count = scanner.Read([temp.Path]).Count();
        var skipped = Assert.Single(scanner.Skipped);
        Assert.EndsWith("big.txt", skipped.Path, StringComparison.Ordinal);
        Assert.Contains("too large", skipped.Reason, StringComparison.Ordinal);
        Assert.True(count > 100_000);
    }

    [Fact]
    public void Latin1TextIsDecodedNotRejected()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "latin1.txt");
        File.WriteAllBytes(path, System.Text.Encoding.Latin1.GetBytes("Caf\u00e9 opening in Paris on 3 May 2024.\n\nSecond paragraph."));
        var document = new SourceScanner().ReadFile(path).Single();
        Assert.StartsWith("Café opening", document.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(DocumentKind.Article, document.Kind);
    }
}
