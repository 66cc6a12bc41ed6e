namespace SearchService.Core.Facets;

/// <summary>The facet dimensions of the contract.</summary>
public static class FacetNames
{
    public const string Department = "department";
    public const string Actor = "actor";
    public const string Nation = "nation";
    public const string Speaker = "speaker";
    public const string Date = "date";
}
