using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SearchService.Core.Highlighting;
using SearchService.Core.Querying;

namespace SearchService.Api.Endpoints;

/// <summary>
/// A search's hits as an Atom 1.0 feed (RFC 4287), written by the framework's <see cref="Atom10FeedFormatter"/>: every
/// escape, date and element order is the library's. Entry summaries are <c>type="html"</c> and carry the snippet exactly
/// as search answers it (escaped text plus <c>&lt;mark&gt;</c>), so a reader shows the matched words; the XML writer
/// escapes that HTML once more, as Atom requires.
/// </summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Where the feed is and what it follows; everything a link in it is built from.</summary>
    public sealed record Context(string Origin, string SelfUrl, string Query, string Title, string Canonical, string? BuiltAt);

    public static byte[] Write(Context context, IReadOnlyList<SearchHit> hits)
    {
        var fallback = DateTimeOffset.TryParse(context.BuiltAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var built) ? built : DateTimeOffset.UnixEpoch;
        var items = hits.Select(hit => Entry(context, hit, fallback)).ToList();
        var feed = new SyndicationFeed(items)
        {
            Id = NameBasedUuid.Urn("feed:" + context.Canonical),
            Title = new TextSyndicationContent(Clean(context.Title)),
            Generator = "SearchService",
            // The newest entry's date, not the time of the request: the same index and query give the same bytes (the ETag is strong).
            LastUpdatedTime = items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : fallback,
        };
        feed.Authors.Add(new SyndicationPerson { Name = "SearchService" }); // for entries without a department
        feed.Links.Add(new SyndicationLink(new Uri(context.SelfUrl), "self", null, "application/atom+xml", 0));
        feed.Links.Add(new SyndicationLink(new Uri(WidgetSearchUrl(context)), "alternate", null, "text/html", 0));

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            feed.SaveAsAtom10(writer);
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(Context context, SearchHit hit, DateTimeOffset fallback)
    {
        var updated = DateOnly.TryParseExact(hit.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : fallback;
        var summary = hit.Speaker is { Length: > 0 } speaker ? $"{hit.Snippet} — {HtmlText.Escape(speaker)}" : hit.Snippet;
        var item = new SyndicationItem
        {
            // The hit's id: the document's for documents, with #p3 or #q1 for a paragraph or a quotation.
            Id = NameBasedUuid.Urn("hit:" + hit.Id),
            Title = new TextSyndicationContent(Clean(hit.Title)),
            Summary = new TextSyndicationContent(Clean(summary), TextSyndicationContentKind.Html),
            LastUpdatedTime = updated,
            PublishDate = updated,
        };
        item.Links.Add(new SyndicationLink(new Uri(ReadingViewUrl(context, hit.DocumentId)), "alternate", null, "text/html", 0));
        if (Uri.TryCreate(hit.Url, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
            item.Links.Add(new SyndicationLink(source, "related", null, null, 0));
        if (!string.IsNullOrWhiteSpace(hit.Department)) item.Authors.Add(new SyndicationPerson { Name = Clean(hit.Department) });
        return item;
    }

    /// <summary>The reading view of a document with the query's words marked (the page at <c>/read/{id}</c>).</summary>
    public static string ReadingViewUrl(Context context, string documentId) =>
        context.Origin + ReadingLinks.For(documentId) + (context.Query.Length > 0 ? "?q=" + Uri.EscapeDataString(context.Query) : "");

    // The demo page's widget with the same search, newest first (its state lives in the hash).
    private static string WidgetSearchUrl(Context context) => $"{context.Origin}/#search?{context.Canonical}";

    /// <summary>Drops what XML 1.0 cannot carry (control characters, unpaired surrogates): a stored title may hold them.</summary>
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length && firstBad < 0; i++)
            if (!Allowed(text, i, out var width)) firstBad = i; else i += width - 1;
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (!Allowed(text, i, out var width)) continue;
            sb.Append(text, i, width);
            i += width - 1;
        }
        return sb.ToString();
    }

    private static bool Allowed(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { width = 2; return true; }
            return false;
        }
        return !char.IsLowSurrogate(c) && XmlConvert.IsXmlChar(c);
    }
}
