using System.Globalization;
using System.Text.RegularExpressions;
using SearchService.Core.Documents;

namespace SearchService.Core.Ingestion;

/// <summary>
/// A GOV.UK press release as news aggregators republish it: a header line <c> date YYYY-MM-DD Department</c>,
/// a <c>|Printable version</c> line, the title, a standfirst, one paragraph per line, a related-links block,
/// <c>Original article link: URL</c>, and a "Latest News from / Department" listing of other items.
/// Everything after the last body paragraph is boilerplate; the listing becomes <see cref="ListingEntry"/> items.
/// </summary>
public sealed partial class AggregatedPressReleaseReader : IDocumentReader
{
    public string Format => "aggregated-press-release";

    public bool CanRead(SourceFile file) => Header().IsMatch(file.FirstLine);

    public IEnumerable<Document> Read(SourceFile file)
    {
        var lines = file.Text.Split('\n').Select(l => TextCleanup.Squash(l)).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        var header = Header().Match(lines[first]);
        var date = header.Groups["date"].Value;
        var department = header.Groups["dept"].Value.Trim();

        var content = lines.Skip(first + 1).Where(l => l.Length > 0 && !l.StartsWith('|')).ToList();
        var linkAt = content.FindIndex(l => l.StartsWith("Original article link:", StringComparison.OrdinalIgnoreCase));
        var listingAt = content.FindIndex(l => l.StartsWith("Latest News from", StringComparison.OrdinalIgnoreCase));
        var bodyEnd = new[] { linkAt, listingAt, content.Count }.Where(i => i >= 0).Min();
        bodyEnd = StartOfRelatedLinks(content, bodyEnd);

        if (bodyEnd < 1) throw new UnreadableSourceException("press release has no title");
        var title = content[0];
        var summary = bodyEnd > 1 ? content[1] : null;
        var paragraphs = content.Skip(2).Take(Math.Max(0, bodyEnd - 2))
            .Select((text, i) => new Paragraph(i, text)).ToList();

        var url = linkAt >= 0 ? content[linkAt]["Original article link:".Length..].Trim() : null;
        if (string.IsNullOrEmpty(url)) url = null;

        yield return new Document
        {
            Id = url is null ? DocumentIds.FromFileName(file.Stem) : DocumentIds.FromUrl(url),
            Title = title,
            Summary = summary,
            Url = url,
            Date = date,
            Department = department.Length > 0 ? department : null,
            Source = file.Path,
            Paragraphs = paragraphs,
            ListingEntries = listingAt >= 0 ? ReadListing(content, listingAt, department) : [],
        };
    }

    // Related links sit just above the article link: a short heading, then "- " items. Walk back over them.
    private static int StartOfRelatedLinks(List<string> content, int end)
    {
        var i = end;
        while (i > 2 && content[i - 1].StartsWith("- ", StringComparison.Ordinal)) i--;
        if (i == end) return end;
        var heading = content[i - 1];
        var looksLikeHeading = heading.Split(' ').Length <= 8 && !".!?:\"”".Contains(heading[^1]);
        return looksLikeHeading && i - 1 > 2 ? i - 1 : i;
    }

    private static List<ListingEntry> ReadListing(List<string> content, int start, string defaultDepartment)
    {
        var entries = new List<ListingEntry>();
        var i = start + 1;
        // The line after "Latest News from" names the department unless it is already an entry.
        var department = defaultDepartment;
        if (i < content.Count && !ListingHeadline().IsMatch(content[i])) department = content[i++];
        while (i < content.Count)
        {
            var headline = ListingHeadline().Match(content[i++]);
            if (!headline.Success) continue;
            string? summary = null;
            if (i < content.Count && !ListingHeadline().IsMatch(content[i])) summary = content[i++];
            var published = DateTime.ParseExact(headline.Groups["ts"].Value, "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            entries.Add(new ListingEntry(
                headline.Groups["title"].Value.Trim(),
                published.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                summary,
                department));
        }
        return entries;
    }

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\b\s*(?<dept>.*)$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^(?<title>.+?)\s*(?<ts>\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2})$")]
    private static partial Regex ListingHeadline();
}
