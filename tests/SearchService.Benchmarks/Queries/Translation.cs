namespace SearchService.Benchmarks.Queries;

/// <summary>A bench query in our syntax (default operator AND), what it needs from the parser, and where it only approximates Lucene.</summary>
internal sealed record Translation(BenchQuery Query, string Text, QueryFeatures Features, IReadOnlyList<string> Notes)
{
    public string NoteText => string.Join("; ", Notes);
}
