using System.Reflection;

namespace SearchService.Core.Enrichment;

/// <summary>Reads the tab-separated data files embedded from Enrichment/Data (comments start with #).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded data file {fileName}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return line.Split('\t');
        }
    }

    public static string[] Aliases(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static Assembly Assembly => typeof(EmbeddedData).Assembly;
}
