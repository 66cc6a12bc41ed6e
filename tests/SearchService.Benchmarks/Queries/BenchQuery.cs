namespace SearchService.Benchmarks.Queries;

/// <summary>One line of the anchor's query file: its 1-based number, class and Lucene-syntax text.</summary>
internal sealed record BenchQuery(int Number, string Class, string Lucene)
{
    /// <summary>Reads <c>queries-bench.txt</c> exactly as LuceneBench.java and fts5_bench.py do, so numbers line up.</summary>
    public static IReadOnlyList<BenchQuery> ReadFile(string path)
    {
        var queries = new List<BenchQuery>();
        var cls = "misc";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("# class:", StringComparison.Ordinal)) cls = line[8..].Trim();
            else if (line.Length > 0 && !line.StartsWith('#')) queries.Add(new BenchQuery(queries.Count + 1, cls, line));
        }
        return queries;
    }
}
