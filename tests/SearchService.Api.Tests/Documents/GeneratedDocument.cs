using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace SearchService.Api.Tests.Documents;

/// <summary>A valid document as a client would POST it, with one made-up word in its title (<see cref="Marker"/>) and
/// another in its listing entries' titles, so a search finds exactly what this document put in.</summary>
public sealed record GeneratedDocument(
    string Id, string Marker, string ListingMarker, string Title, string? Summary, string? Url, string? Date, string? Department,
    IReadOnlyList<string> Paragraphs, IReadOnlyList<(int Paragraph, string? Speaker, string Text)> Quotes,
    IReadOnlyList<(string Title, string? Published, string? Summary, string? Department)> ListingEntries)
{
    // Words a press release may hold and a careless writer would break: markup, quotes, accents, other scripts, emoji
    // (surrogate pairs), escapes, control characters, percent signs, a zero-width space.
    private static readonly string[] Words =
    [
        "peace", "Ukraine", "ceasefire", "minister", "Sébastien", "naïve", "Ünïcödé", "東京", "Київ", "🙂", "👩‍👩‍👧",
        "<b>bold</b>", "<script>x()</script>", "a&b", "&amp;", "\"quoted\"", "it's", "x\\y", "50%", "%2F", "a/b", "tab\there",
        "line\nbreak", "\u0001", "nul\u0000byte", "zero\u200bwidth", "ﬁne", "—", "…", "#hash", "?q=1", "{json}", "[x]",
    ];

    private static readonly string[] Departments = ["Ministry of Defence", "Home Office", "HM Treasury", "Department for Education"];
    private static readonly string[] Speakers = ["John Healey", "Keir Starmer", "Sébastien Lecornu"];
    private const string IdCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";

    public static Arbitrary<GeneratedDocument> Arbitrary() => Generator().ToArbitrary();

    public static Gen<GeneratedDocument> Generator() =>
        from idLength in Gen.Choose(1, 60)
        from idChars in Gen.ArrayOf(Gen.Elements(IdCharacters.ToCharArray()), idLength)
        from marker in MadeUpWord()
        from listingMarker in MadeUpWord()
        from title in Text(1, 12)
        from summary in Text(1, 30).OrNull()
        from slug in Gen.Elements("news/one", "news/two-2025", "speeches/x").OrNull()
        from date in Dates().OrNull()
        from department in Gen.Elements(Departments).OrNull()
        from paragraphCount in Gen.Choose(0, 5)
        from paragraphs in Gen.ArrayOf(Text(1, 40), paragraphCount)
        from quoteCount in Gen.Choose(0, paragraphs.Length == 0 ? 0 : 3)
        from quotes in Gen.ArrayOf(Quote(paragraphs.Length), quoteCount)
        from entryCount in Gen.Choose(0, 3)
        from entries in Gen.ArrayOf(Entry(), entryCount)
        let id = new string(idChars)
        where id is not "." and not ".."
        select new GeneratedDocument(id, marker, listingMarker, marker + " " + title, summary, slug is null ? null : "https://www.gov.uk/government/" + slug,
            date, department, paragraphs, quotes,
            entries.Select((e, i) => (Title: $"{listingMarker} {i} {e.Title}", Published: (string?)e.Published, Summary: (string?)e.Summary, Department: (string?)e.Department)).ToList());

    // Lower-case letters ending in q: no stemmer or folding changes them, and no seed or other word shares them.
    private static Gen<string> MadeUpWord() =>
        Gen.ArrayOf(Gen.Elements("bcdfghjklmnpvwxz".ToCharArray()), 10).Select(c => "zq" + new string(c) + "q");

    private static Gen<string> Text(int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(Words), n)).Select(w => string.Join(' ', w));

    private static Gen<string> Dates() =>
        Gen.Choose(0, 40 * 365).Select(d => new DateOnly(1990, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static Gen<(int, string?, string)> Quote(int paragraphs) =>
        from paragraph in Gen.Choose(0, Math.Max(0, paragraphs - 1))
        from speaker in Gen.Elements(Speakers).OrNull()
        from text in Text(1, 15)
        select (paragraph, speaker, text);

    private static Gen<(string Title, string? Published, string? Summary, string? Department)> Entry() =>
        from title in Text(1, 8)
        from published in Dates().Select(d => d + "T09:30:00").OrNull()
        from summary in Text(1, 10).OrNull()
        from department in Gen.Elements(Departments).OrNull()
        select (title, published, summary, department);

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["title"] = Title,
        ["summary"] = Summary,
        ["url"] = Url,
        ["date"] = Date,
        ["department"] = Department,
        ["paragraphs"] = new JsonArray([.. Paragraphs.Select((p, i) => (JsonNode)new JsonObject { ["index"] = i, ["text"] = p })]),
        ["quotes"] = new JsonArray([.. Quotes.Select((q, i) => (JsonNode)new JsonObject { ["index"] = i, ["paragraph"] = q.Paragraph, ["speaker"] = q.Speaker, ["text"] = q.Text })]),
        ["listingEntries"] = new JsonArray([.. ListingEntries.Select(e => (JsonNode)new JsonObject
            { ["title"] = e.Title, ["published"] = e.Published, ["summary"] = e.Summary, ["department"] = e.Department })]),
    };
}
