using Lucene.Net.Search;
using SearchService.Core.Documents;
using SearchService.Core.Highlighting;
using SearchService.Core.Indexing;
using SearchService.Core.Quotations;

namespace SearchService.Core.Querying;

/// <summary>Loads the page hits' stored documents and marks the query's positive text terms in their titles and snippets.</summary>
internal sealed class HitBuilder(UnitSearcher searcher, SearchRequest request, Query? highlight, Action? checkDeadline = null)
{
    private readonly MarkHighlighter _marks = new(highlight);
    private readonly Dictionary<int, Document?> _documents = [];
    private readonly LevelFields _level = LevelFields.For(request.Level);

    private Dictionary<int, int>? _bestParagraphs;

    public IReadOnlyList<SearchHit> BuildAll(IReadOnlyList<UnitHit> hits)
    {
        if (request.Level == SearchLevel.Documents && hits.Count > 0 && highlight is not null)
            _bestParagraphs = PassageFinder.Create(searcher, request.Query).BestParagraphs(hits.Select(h => h.Parent));
        return hits.Select(Build).ToList();
    }

    private SearchHit Build(UnitHit hit)
    {
        checkDeadline?.Invoke();
        var document = Load(hit.Parent) ?? Unreadable(hit);
        var (id, text, paragraph, speaker) = Unit(document, hit);
        var titleField = request.Level == SearchLevel.Quotes ? "q.body" : _level.Fields[0].Field;
        return new SearchHit
        {
            Id = id,
            Type = SearchRequest.LevelName(request.Level),
            Kind = document.Kind,
            DocumentId = document.Id,
            Title = document.Title,
            TitleHighlighted = SnippetBuilder.Html(_marks.Mark(document.Title, titleField)),
            Snippet = SnippetBuilder.Snippet(text ?? Passage(document, hit.Parent), request.SnippetWords),
            Date = document.Date,
            Department = document.Department,
            Url = document.Url,
            ReadUrl = ReadingLinks.For(document.Id),
            Score = Math.Round(hit.Score, 4),
            Actors = document.Actors,
            Nations = document.Nations,
            Paragraph = paragraph,
            Speaker = speaker,
            Group = request.Level == SearchLevel.Quotes ? QuoteLookup.Summary(searcher, hit.Doc, Load) : null,
        };
    }

    private (string Id, string? Marked, int? Paragraph, string? Speaker) Unit(Document document, UnitHit hit)
    {
        switch (request.Level)
        {
            case SearchLevel.Paragraphs:
                var text = document.Paragraphs.FirstOrDefault(p => p.Index == hit.Unit)?.Text ?? "";
                return ($"{document.Id}#p{hit.Unit}", _marks.Mark(text, "p.body"), hit.Unit, null);
            case SearchLevel.Quotes:
                var quote = document.Quotes.FirstOrDefault(q => q.Index == hit.Unit);
                return ($"{document.Id}#q{hit.Unit}", _marks.Mark(quote?.Text ?? "", "q.body"), quote?.Paragraph, quote?.Speaker);
            default:
                return (document.Id, null, null, null);
        }
    }

    // A document's snippet: its standfirst and its best-matching paragraph (with the next one when it is too short for
    // the window to run on), marked for the summary's and the body's terms; the snippet window then picks the densest
    // words of them.
    private string Passage(Document document, int parent)
    {
        var best = _bestParagraphs?.GetValueOrDefault(parent, -1) ?? -1;
        var start = Math.Max(0, best >= 0 ? document.Paragraphs.ToList().FindIndex(p => p.Index == best) : 0);
        var words = 0;
        var passage = string.Join(' ', document.Paragraphs.Skip(start).TakeWhile(p => (words += WordCount(p.Text)) - WordCount(p.Text) < 2 * request.SnippetWords).Take(2).Select(p => p.Text));
        var text = document.Summary is { Length: > 0 } summary ? summary + " " + passage : passage;
        return _marks.Mark(text, "d.summary", "d.body");
    }

    private static int WordCount(string text) => text.Count(c => c == ' ') + 1;

    private Document? Load(int parent)
    {
        if (_documents.TryGetValue(parent, out var known)) return known;
        var document = StoredDocument.TryDecode(searcher.Doc(parent, SearchIndex.JsonOnly).Get(IndexFields.Json));
        _documents[parent] = document;
        return document;
    }

    // A stored copy that no longer decodes still answers as a hit (stats counts such documents); never a failed search.
    private Document Unreadable(UnitHit hit)
    {
        var document = new Document { Id = $"unreadable-{hit.Parent}", Title = "(this document's stored copy cannot be read)" };
        _documents[hit.Parent] = document;
        return document;
    }
}
