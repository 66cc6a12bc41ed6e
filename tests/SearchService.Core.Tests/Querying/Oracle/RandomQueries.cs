using System.Globalization;

namespace SearchService.Core.Tests.Querying.Oracle;

/// <summary>Random query trees over words, phrases, prefixes, fields, facet values and dates drawn from the corpus itself,
/// so that most clauses match something and their combinations are neither empty nor everything.</summary>
internal sealed class RandomQueries(CorpusModel model, int seed)
{
    private static readonly string[] TextFields = ["title", "summary", "body"];
    private readonly Random _random = new(seed);

    public OracleQuery Next(int depth = 0)
    {
        var roll = _random.Next(10);
        if (depth >= 2 || roll < 4) return Leaf();
        var clauses = Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Next(depth + 1)).ToList();
        return roll switch
        {
            < 7 => new AndQuery(clauses),
            < 9 => new OrQuery(clauses),
            _ => new AndQuery([clauses[0], new NotQuery(clauses[1])]),
        };
    }

    private OracleQuery Leaf()
    {
        var document = model.Documents[_random.Next(model.Documents.Count)];
        var field = _random.Next(4) == 0 ? TextFields[_random.Next(TextFields.Length)] : null;
        var text = field switch
        {
            "title" => document.Title,
            "summary" => document.Summary ?? document.Title,
            _ => document.Paragraphs.Count > 0 ? document.Paragraphs[_random.Next(document.Paragraphs.Count)].Text : document.Title,
        };
        var words = text.Split([' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '‘', '’', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && w.All(char.IsAsciiLetter)).ToList();
        switch (_random.Next(9))
        {
            case 0 when document.Nations.Count > 0:
                return new FacetQuery("nation", document.Nations[_random.Next(document.Nations.Count)]);
            case 1 when document.Department is { } department:
                return new FacetQuery("department", department);
            case 2 when document.Date is { Length: >= 10 } date:
                return Date(date);
            case 3 when document.Quotes.FirstOrDefault(q => q.Speaker is not null)?.Speaker is { } speaker:
                return new FacetQuery("speaker", speaker);
            case 4 when words.Count >= 2:
                var at = _random.Next(words.Count - 1);
                return new PhraseQuery(words[at], words[at + 1], field);
            case 5 when words.Count > 0:
                var word = words[_random.Next(words.Count)].ToLowerInvariant();
                return new PrefixQuery(word[..Math.Min(word.Length, _random.Next(3, 6))], field);
            case 6 when words.Count > 0:
                return new NotQuery(new WordQuery(words[_random.Next(words.Count)], field));
            default:
                return words.Count > 0 ? new WordQuery(words[_random.Next(words.Count)], field) : new WordQuery("government", null);
        }
    }

    private DateQuery Date(string iso)
    {
        var date = DateOnly.ParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return _random.Next(3) switch
        {
            0 => new DateQuery(new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31), date.Year.ToString(CultureInfo.InvariantCulture)),
            1 => new DateQuery(new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1), date.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            _ => new DateQuery(date.AddDays(-40), date.AddDays(40), $"[{date.AddDays(-40):yyyy-MM-dd} TO {date.AddDays(40):yyyy-MM-dd}]"),
        };
    }
}
