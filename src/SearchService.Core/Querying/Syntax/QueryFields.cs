namespace SearchService.Core.Querying.Syntax;

/// <summary>The field names of the query language and what kind of clause each makes.</summary>
public static class QueryFields
{
    private static readonly Dictionary<string, QueryField> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["summary"] = QueryField.Summary,
        ["body"] = QueryField.Body,
        ["actor"] = QueryField.Actor,
        ["nation"] = QueryField.Nation,
        ["department"] = QueryField.Department,
        ["speaker"] = QueryField.Speaker,
        ["date"] = QueryField.Date,
    };

    public static bool TryParse(string name, out QueryField field) => ByName.TryGetValue(name, out field);

    public static string Name(QueryField field) => field switch
    {
        QueryField.Title => "title",
        QueryField.Summary => "summary",
        QueryField.Body => "body",
        QueryField.Actor => "actor",
        QueryField.Nation => "nation",
        QueryField.Department => "department",
        QueryField.Speaker => "speaker",
        QueryField.Date => "date",
        _ => "",
    };

    /// <summary>Fields matched against the full-text columns (the rest are facet fields).</summary>
    public static bool IsText(QueryField field) => field is QueryField.Any or QueryField.Title or QueryField.Summary or QueryField.Body;

    /// <summary>Fields whose clauses match facet values exactly (ignoring case and accents).</summary>
    public static bool IsFacet(QueryField field) => field is QueryField.Actor or QueryField.Nation or QueryField.Department or QueryField.Speaker;
}
