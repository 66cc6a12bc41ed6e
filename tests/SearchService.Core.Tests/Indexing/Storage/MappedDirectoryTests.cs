using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchService.Core.Indexing;
using SearchService.Core.Indexing.Storage;
using SearchService.Core.Tests.TestSupport;

namespace SearchService.Core.Tests.Indexing.Storage;

/// <summary>The pointer-reading directory reads exactly what was written, by every read Lucene makes, in slices and clones.</summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryReadReturnsTheBytesAFileStreamReads()
    {
        var random = new Random(5);
        var bytes = new byte[100_003];
        random.NextBytes(bytes);
        var path = _temp.File("data.bin", "");
        File.WriteAllBytes(path, bytes);
        using var directory = new MappedDirectory(new DirectoryInfo(_temp.Path));
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var expected = new Lucene.Net.Store.ByteArrayDataInput(bytes);
        Assert.Equal(bytes.Length, input.Length);
        for (var i = 0; i < 20_000; i++)
        {
            var at = random.Next(bytes.Length - 16);
            input.Seek(at);
            expected.Position = at;
            switch (random.Next(6))
            {
                case 0: Assert.Equal(expected.ReadByte(), input.ReadByte()); break;
                case 1: Assert.Equal(expected.ReadInt16(), input.ReadInt16()); break;
                case 2: Assert.Equal(expected.ReadInt32(), input.ReadInt32()); break;
                case 3: Assert.Equal(expected.ReadInt64(), input.ReadInt64()); break;
                case 4:
                    var a = new byte[random.Next(1, 16)];
                    var b = new byte[a.Length];
                    expected.ReadBytes(a, 0, a.Length);
                    input.ReadBytes(b, 0, b.Length);
                    Assert.Equal(a, b);
                    break;
                default:
                    // vInts: the fast path far from the end, the checked one near it; random bytes are often invalid ones.
                    var (want, got) = (Describe(() => expected.ReadVInt32()), Describe(() => input.ReadVInt32()));
                    Assert.Equal(want, got);
                    if (want == "invalid") continue;
                    break;
            }
            Assert.Equal(expected.Position, input.Position);
        }
        input.Seek(bytes.Length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(bytes.Length + 1));
    }

    private static string Describe(Func<int> read)
    {
        try { return read().ToString(System.Globalization.CultureInfo.InvariantCulture); }
        catch (Exception e) when (e is IOException || e.GetType().Name == "LuceneSystemException") { return "invalid"; }
    }

    [Fact]
    public void ClonesAndSlicesReadFromTheirOwnPositions()
    {
        File.WriteAllBytes(_temp.File("abc.bin", ""), "abcdefghij"u8.ToArray());
        using var directory = new MappedDirectory(new DirectoryInfo(_temp.Path));
        using var slicer = directory.CreateSlicer("abc.bin", IOContext.DEFAULT);
        var slice = slicer.OpenSlice("middle", 3, 4);
        Assert.Equal(4, slice.Length);
        Assert.Equal((byte)'d', slice.ReadByte());
        var clone = (IndexInput)slice.Clone();
        Assert.Equal((byte)'e', clone.ReadByte());
        Assert.Equal((byte)'e', slice.ReadByte());
        clone.Seek(3);
        Assert.Equal((byte)'g', clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
    }

    [Fact]
    public void AnIndexWithCompoundFilesMergesAndDeletesSearchesThroughIt()
    {
        using var directory = new MappedDirectory(new DirectoryInfo(_temp.Sub("index")));
        var config = IndexSchema.WriterConfig(OpenMode.CREATE);
        config.UseCompoundFile = true;
        config.MaxBufferedDocs = 50;
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < 1000; i++)
                writer.AddDocument([new StringField("id", $"d{i}", Field.Store.YES), new TextField("body", i % 2 == 0 ? "even tariffs" : "odd tariffs", Field.Store.NO)]);
            writer.DeleteDocuments(new Term("id", "d0"));
            writer.Commit();
            using var reader = DirectoryReader.Open(directory);
            Assert.True(reader.Leaves.Count > 1);
            Assert.Equal(499, new IndexSearcher(reader).Search(new TermQuery(new Term("body", "even")), 1).TotalHits);
            writer.ForceMerge(1);
            writer.Commit();
        }
        using var merged = DirectoryReader.Open(directory);
        Assert.Single(merged.Leaves);
        var searcher = new IndexSearcher(merged);
        Assert.Equal(999, searcher.Search(new TermQuery(new Term("body", "tariff")), 1).TotalHits);
        Assert.Equal("d999", searcher.Doc(searcher.Search(new TermQuery(new Term("id", "d999")), 1).ScoreDocs[0].Doc).Get("id"));
    }
}
