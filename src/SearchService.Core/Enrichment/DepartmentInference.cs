using System.Text.RegularExpressions;

namespace SearchService.Core.Enrichment;

/// <summary>
/// The publishing department of a document that has no metadata for it, read from the text only where the
/// text attributes something to a department: "A UK Ministry of Defence press release noted",
/// "the Home Office said", "according to the FCDO".
/// </summary>
internal static partial class DepartmentInference
{
    public static string? Infer(IReadOnlyList<TextBlock> blocks, OrganisationGazetteer organisations)
    {
        foreach (var block in blocks)
        {
            var text = block.Text;
            foreach (var (name, kind, start, end) in organisations.Find(block))
            {
                if (kind != OrganisationKind.Department) continue;
                var after = text[end..Math.Min(text.Length, end + 40)];
                var before = text[Math.Max(0, start - 20)..start];
                if (CueAfter().IsMatch(after) || CueBefore().IsMatch(before)) return name;
            }
        }
        return null;
    }

    [GeneratedRegex(@"^\s*(?:press release|news release|statement|announcement|spokes(?:man|woman|person)|said|says|announced|confirmed|published|noted|stated)\b")]
    private static partial Regex CueAfter();

    [GeneratedRegex(@"\b(?:according to|published by|issued by|announced by)\s+(?:the\s+)?(?:UK\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CueBefore();
}
