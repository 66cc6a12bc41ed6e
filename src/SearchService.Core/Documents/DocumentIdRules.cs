namespace SearchService.Core.Documents;

/// <summary>
/// What a document id may be: 1 to 200 of the URL's unreserved characters (A-Z a-z 0-9 - . _ ~), and not "." or "..".
/// Such an id is its own path segment in <c>/api/documents/{id}</c> with no escaping, so every stored document can be
/// addressed by GET and DELETE, copied from a log or a link, and passed to <c>searchservice-indexer delete</c> as is.
/// </summary>
public static class DocumentIdRules
{
    public const int MaxLength = 200;

    /// <summary>The rule in words, for error messages and the README.</summary>
    public const string Description = "1 to 200 characters of A-Z a-z 0-9 - . _ ~ (not \".\" or \"..\")";

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id is not "." and not ".." && id.All(IsAllowed);

    public static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
