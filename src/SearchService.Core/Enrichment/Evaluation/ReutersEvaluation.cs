using System.Text.RegularExpressions;
using SearchService.Core.Ingestion;

namespace SearchService.Core.Enrichment.Evaluation;

/// <summary>
/// Reuters-21578: PEOPLE labels must be among the actors (by surname); PLACES labels whose country the title or
/// body names by name, adjective or abbreviation must be among the nations (recall). Slugs map to canonical
/// names ("usa" → United States, "west-germany" → West Germany or Germany, "ussr" → Soviet Union).
/// </summary>
internal static class ReutersEvaluation
{
    private static readonly Dictionary<string, string[]> SlugNations = new(StringComparer.Ordinal)
    {
        ["usa"] = ["United States"], ["uk"] = ["United Kingdom"], ["ussr"] = ["Soviet Union", "Russia"],
        ["west-germany"] = ["West Germany", "Germany"], ["east-germany"] = ["East Germany", "Germany"],
        ["uae"] = ["United Arab Emirates"], ["yemen-arab-republic"] = ["Yemen"], ["yemen-demo-republic"] = ["Yemen"],
        ["kampuchea"] = ["Cambodia"], ["burma"] = ["Myanmar"], ["zaire"] = ["Democratic Republic of the Congo"],
        ["congo"] = ["Republic of the Congo"], ["swaziland"] = ["Eswatini"], ["macao"] = ["Macau"],
        ["vatican"] = ["Holy See"], ["western-samoa"] = ["Samoa"], ["trinidad-tobago"] = ["Trinidad and Tobago"],
        ["netherlands-antilles"] = ["Curaçao"], ["us-virgin-islands"] = ["US Virgin Islands"],
    };

    public static EvaluationReport Evaluate(string folder, DocumentEnricher enricher, int? fileLimit)
    {
        var nations = new NationGazetteer();
        var failures = new List<string>();
        int peopleHits = 0, peopleTotal = 0, placeHits = 0, placeTotal = 0, articles = 0;
        var files = Directory.EnumerateFiles(folder, "*.sgm", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (fileLimit is { } limit) files = files.Take(limit).ToList();
        foreach (var path in files)
        {
            var file = SourceFile.Load(path);
            foreach (var article in ReutersSgml.Parse(file.Text))
            {
                if (article.People.Count == 0 && article.Places.Count == 0) continue;
                var paragraphs = ReutersSgml.Paragraphs(article.Body);
                var title = article.Title ?? (paragraphs.Count > 0 ? paragraphs[0] : "");
                var doc = enricher.Enrich(ReutersSgmlReader.ToDocument(article, title, paragraphs, path));
                articles++;
                foreach (var person in article.People)
                {
                    peopleTotal++;
                    if (ExtractionEvaluator.HasPerson(doc.Actors, person)) peopleHits++;
                    else failures.Add($"reuters {article.NewId}: person {person} not in [{string.Join(", ", doc.Actors)}]");
                }
                var text = title + "\n" + article.Body;
                foreach (var place in article.Places)
                {
                    var accepted = Canonical(place, nations);
                    if (accepted.Length == 0 || !accepted.Any(c => IsNamed(text, c, nations))) continue;
                    placeTotal++;
                    if (accepted.Any(doc.Nations.Contains)) placeHits++;
                    else failures.Add($"reuters {article.NewId}: place {place} not in [{string.Join(", ", doc.Nations)}]");
                }
            }
        }
        return new EvaluationReport(
        [
            new EvaluationMeasure("reuters", "PEOPLE labels among actors (surname)", peopleHits, peopleTotal, 0.90, $"{articles} labelled articles"),
            new EvaluationMeasure("reuters", "PLACES named in text among nations", placeHits, placeTotal, 0.95),
        ], failures);
    }

    private static string[] Canonical(string slug, NationGazetteer nations)
    {
        if (SlugNations.TryGetValue(slug, out var mapped)) return mapped;
        var name = string.Join(' ', slug.Split('-').Select(w => w is "and" or "of" or "the" ? w : char.ToUpperInvariant(w[0]) + w[1..]));
        return nations.Canonical(name) is { } canonical ? [canonical] : [];
    }

    // Whether the text names the country at all: any alias as a whole word, as written or in capitals (headlines).
    private static bool IsNamed(string text, string canonical, NationGazetteer nations)
    {
        foreach (var alias in nations.AliasesOf(canonical))
        {
            var pattern = @"(?<![\p{L}.])" + Regex.Escape(alias) + @"(?![\p{L}])";
            if (Regex.IsMatch(text, pattern)) return true;
            if (alias.Length >= 4 && Regex.IsMatch(text, @"(?<![\p{L}.])" + Regex.Escape(alias.ToUpperInvariant()) + @"(?![\p{L}])")) return true;
        }
        return false;
    }
}
