using SearchService.Core.Analysis;

namespace SearchService.Core.Facets;

/// <summary>
/// The values of one facet dimension across a reader's segments: global ordinals in value order, and per segment the
/// map from its own ordinals to them (what Lucene's OrdinalMap does, over the few thousand values a dimension has).
/// </summary>
internal sealed class FacetDimension
{
    private Dictionary<string, int>? _byValue;

    public FacetDimension(string name, IReadOnlyList<string[]> segmentLabels)
    {
        Name = name;
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var labels in segmentLabels) all.UnionWith(labels);
        Labels = all.ToArray();
        var global = new Dictionary<string, int>(Labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < Labels.Length; i++) global[Labels[i]] = i;
        SegmentToGlobal = segmentLabels.Select(labels => labels.Select(l => global[l]).ToArray()).ToArray();
    }

    public string Name { get; }

    /// <summary>Every value, by global ordinal (ordinal order is value order).</summary>
    public string[] Labels { get; }

    /// <summary>Per segment (leaf ordinal), its ordinals' global ordinals.</summary>
    public int[][] SegmentToGlobal { get; }

    /// <summary>The global ordinal of a value, ignoring case ("ministry of defence" selects "Ministry of Defence"); −1 when no record has it.</summary>
    public int Find(string value)
    {
        _byValue ??= BuildLookup();
        return _byValue.TryGetValue(value, out var ordinal) ? ordinal : -1;
    }

    /// <summary>
    /// The values a query value names: those equal to it ignoring case and accents or, failing that, those containing it
    /// as whole words (<c>actor:Healey</c> finds "John Healey").
    /// </summary>
    public List<string> Resolve(string value)
    {
        var folded = Words(value);
        var exact = new List<string>();
        var partial = new List<string>();
        foreach (var candidate in Labels)
        {
            var words = Words(candidate);
            if (words.AsSpan().SequenceEqual(folded)) exact.Add(candidate);
            else if (folded.Length > 0 && Contains(words, folded)) partial.Add(candidate);
        }
        return exact.Count > 0 ? exact : partial;
    }

    private Dictionary<string, int> BuildLookup()
    {
        var lookup = new Dictionary<string, int>(Labels.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Labels.Length; i++) lookup.TryAdd(Labels[i], i);
        return lookup;
    }

    private static string[] Words(string text) =>
        SurfaceWords.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Contains(string[] words, string[] part)
    {
        for (var i = 0; i + part.Length <= words.Length; i++)
            if (words.AsSpan(i, part.Length).SequenceEqual(part)) return true;
        return false;
    }
}
