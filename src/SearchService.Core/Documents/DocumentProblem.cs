namespace SearchService.Core.Documents;

/// <summary>One thing wrong with a document: the field as a JSON path (<c>listingEntries[0].title</c>) and what is wrong.</summary>
public sealed record DocumentProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
