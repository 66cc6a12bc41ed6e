using System.Globalization;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>A text-bound annotation: its type and its parts as UTF-16 ranges of the article text.</summary>
internal sealed record AnnotatedSpan(string Type, IReadOnlyList<(int Start, int End)> Parts)
{
    public int Start => Parts[0].Start;

    public int End => Parts[^1].End;

    /// <summary>The parts' text joined by a space: what the annotator marked, without what lies between.</summary>
    public string TextIn(string text) => string.Join(' ', Parts.Select(p => text[p.Start..p.End]));
}

/// <summary>One attribution relation: its content (and a second content, rarely) and its source, when it has one.</summary>
internal sealed record AttributionRelation(AnnotatedSpan Content, AnnotatedSpan? SecondContent, AnnotatedSpan? Source);

/// <summary>
/// Reads brat standoff (<c>.ann</c>) as PolNeAR writes it: <c>T</c> lines with code-point offsets, and <c>E</c>
/// lines tying a content to its cue and source. Lines that continue a span's text over a newline, notes and
/// workflow marks (Discard, Discuss) are not attributions and are passed over.
/// </summary>
internal static class BratStandoff
{
    public static List<AttributionRelation> Read(string annotations, string text)
    {
        var utf16 = CodePointToUtf16(text);
        var spans = new Dictionary<string, AnnotatedSpan>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in annotations.Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length < 2 || !char.IsAsciiDigit(fields[0][1])) continue;
            if (fields[0][0] == 'T' && fields.Length >= 3) spans[fields[0]] = Span(fields[1], utf16);
            else if (fields[0][0] == 'E') events.Add(Arguments(fields[1]));
        }
        var relations = new List<AttributionRelation>();
        foreach (var arguments in events)
        {
            // An event's arguments may name spans defined further down the file: spans are read first.
            if (!arguments.TryGetValue("Content", out var content) || !spans.TryGetValue(content, out var contentSpan)) continue;
            relations.Add(new AttributionRelation(
                contentSpan,
                arguments.TryGetValue("Content2", out var second) ? spans.GetValueOrDefault(second) : null,
                arguments.TryGetValue("Source", out var source) ? spans.GetValueOrDefault(source) : null));
        }
        return relations;
    }

    // "Source 89 106" or "Content 10 20;25 40".
    private static AnnotatedSpan Span(string field, int[] utf16)
    {
        var space = field.IndexOf(' ', StringComparison.Ordinal);
        var parts = new List<(int, int)>();
        foreach (var part in field[(space + 1)..].Split(';'))
        {
            var bounds = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            parts.Add((utf16[int.Parse(bounds[0], CultureInfo.InvariantCulture)], utf16[int.Parse(bounds[1], CultureInfo.InvariantCulture)]));
        }
        return new AnnotatedSpan(field[..space], parts.OrderBy(p => p.Item1).ToList());
    }

    private static Dictionary<string, string> Arguments(string field)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = argument.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) arguments[argument[..colon]] = argument[(colon + 1)..];
        }
        return arguments;
    }

    // brat counts code points (Python str indices); .NET strings count UTF-16 units, two for an emoji.
    private static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        map.Add(text.Length);
        return [.. map];
    }
}
