using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchService.Core.Analysis;
using SearchService.Core.Facets;
using SearchService.Core.Indexing;
using SearchService.Core.Querying.Spelling;

namespace SearchService.Core.Querying.Syntax;

/// <summary>
/// The query language: Lucene's classic query parser, with the choices the README documents made for people rather
/// than programmers. Words search every text field of the level with its boost (summed, as MultiFieldQueryParser
/// does); AND is the default and binds tighter than OR (<c>a b OR c</c> is <c>(a AND b) OR c</c>; the classic parser
/// alone would make it <c>+a b c</c>); a group of only negative clauses means "everything but" them; facet fields
/// (<c>actor:</c>, <c>nation:</c>, <c>department:</c>, <c>speaker:</c>) match values ignoring case and accents or by
/// whole words and add nothing to the score; <c>date:</c> takes a year, a month, a day or a range of them; a text
/// field the level lacks is asked of the unit's document; an unknown field name is just more text. Not thread-safe:
/// one instance per parse.
/// </summary>
public sealed class PressQueryParser : QueryParser
{
    private readonly LevelFields _level;
    private readonly ReaderFacets _facets;
    private readonly QueryTokens _tokens;
    // The classic parser hands each group's clauses to AddClause one by one and then to GetBooleanQuery; what the
    // operators between them were is recorded here, so the group can be rebuilt with AND above OR.
    private readonly Dictionary<IList<BooleanClause>, List<(int Conjunction, int Modifier, Query Query)>> _groups = new(ReferenceEqualityComparer.Instance);

    private PressQueryParser(LevelFields level, ReaderFacets facets, QueryTokens tokens) : base(PressAnalyzer.Version, null!, PressAnalyzer.Stemming)
    {
        _level = level;
        _facets = facets;
        _tokens = tokens;
        DefaultOperator = AND_OPERATOR;
        AutoGeneratePhraseQueries = true; // "Ukraine-Russia", "post-war": words joined in the text are a phrase
        LowercaseExpandedTerms = false;   // prefixes, wildcards and fuzzy words are folded by Normalize instead
        AllowLeadingWildcard = false;
    }

    /// <summary>Parses <paramref name="text"/> for a level; throws <see cref="QuerySyntaxException"/> (with a position) and nothing else.</summary>
    internal static ParsedQuery Parse(string text, SearchLevel level, ReaderFacets facets)
    {
        var fields = LevelFields.For(level);
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(LevelQueries.All(fields), QueryTokens.Read(""), MatchesAll: true);
        var tokens = QueryTokens.Read(text);
        var parser = new PressQueryParser(fields, facets, tokens);
        Query? query;
        try
        {
            query = parser.Parse(text);
        }
        catch (ParseException e)
        {
            throw SyntaxErrors.Describe(e, tokens);
        }
        // Nothing left after analysis ("🙂", "-"): no constraint, as an analyzer drops such words.
        return query is null or BooleanQuery { Clauses.Count: 0 }
            ? new ParsedQuery(LevelQueries.All(fields), tokens, MatchesAll: true)
            : new ParsedQuery(query, tokens, MatchesAll: false);
    }

    protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, Query q)
    {
        if (!_groups.TryGetValue(clauses, out var group)) _groups[clauses] = group = [];
        group.Add((conj, mods, q));
        // The parser returns a single unmodified clause without asking for a boolean query; it counts clauses here.
        if (q is not null) clauses.Add(new BooleanClause(q, Occur.MUST));
    }

    protected override Query GetBooleanQuery(IList<BooleanClause> clauses)
    {
        if (!_groups.Remove(clauses, out var sequence)) return base.GetBooleanQuery(clauses);
        var alternatives = new List<List<(int Modifier, Query Query)>> { new() };
        foreach (var (conjunction, modifier, query) in sequence)
        {
            if (conjunction == CONJ_OR && alternatives[^1].Count > 0) alternatives.Add([]);
            if (query is not null) alternatives[^1].Add((modifier, query));
        }
        var built = alternatives.Where(a => a.Count > 0).Select(Conjunction).ToList();
        if (built.Count == 0) return null!;
        if (built.Count == 1) return built[0];
        var or = new BooleanQuery(disableCoord: true);
        foreach (var alternative in built) or.Add(alternative, Occur.SHOULD);
        return or;
    }

    private Query Conjunction(List<(int Modifier, Query Query)> clauses)
    {
        if (clauses is [(var only, var single)] && only != MOD_NOT) return single;
        var and = new BooleanQuery(disableCoord: true);
        foreach (var (modifier, query) in clauses) and.Add(query, modifier == MOD_NOT ? Occur.MUST_NOT : Occur.MUST);
        // "-Trump" alone, or "(a OR -b)": everything but, not nothing (Lucene's purely negative query matches nothing).
        if (clauses.All(c => c.Modifier == MOD_NOT)) and.Add(LevelQueries.All(_level), Occur.MUST);
        return and;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) => FieldQuery(field, queryText, quoted, PhraseSlop);

    protected override Query GetFieldQuery(string field, string queryText, int slop) => FieldQuery(field, queryText, quoted: true, slop);

    private Query FieldQuery(string? field, string text, bool quoted, int slop)
    {
        switch (Classify(field))
        {
            case FieldKind.Any:
                return AcrossFields(f => Phrase(base.GetFieldQuery(f, text, quoted), slop));
            case FieldKind.Text:
                return InField(field!, f => Phrase(base.GetFieldQuery(f, text, quoted), slop));
            case FieldKind.Facet:
                return FacetValue(field!, text);
            case FieldKind.Date:
                if (!DateValues.TryParse(text.Trim(), out var first, out var last))
                    throw new QuerySyntaxException($"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", ValuePosition());
                return LevelQueries.Dates(first, last);
            default:
                // An unknown field is text: "https://gov.uk" searches its words, the field name included.
                return Both(FieldQuery(null, field!, quoted: false, slop), FieldQuery(null, text, quoted, slop))!;
        }
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (Classify(field) != FieldKind.Date) throw new QuerySyntaxException("a [range] is only allowed after date:", RangePosition());
        DateOnly? from = null, to = null;
        if (part1 is not null)
        {
            if (!DateValues.TryParse(part1, out var first, out var last)) throw new QuerySyntaxException($"'{part1}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or *)", RangePosition());
            from = startInclusive ? first : last.AddDays(1);
        }
        if (part2 is not null)
        {
            if (!DateValues.TryParse(part2, out var first, out var last)) throw new QuerySyntaxException($"'{part2}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or *)", RangePosition());
            to = endInclusive ? last : first.AddDays(-1);
        }
        if (from is { } f && to is { } t && f > t) throw new QuerySyntaxException("date range ends before it starts", RangePosition());
        return LevelQueries.Dates(from, to);
    }

    protected override Query GetPrefixQuery(string field, string termStr) => MultiTerm(field, termStr, "*", (f, word) =>
        Normalize(word, PressAnalyzer.Folding) is { } prefix ? new PrefixQuery(new Term(f, prefix)) : null);

    protected override Query GetWildcardQuery(string field, string termStr)
    {
        if (termStr == "*" && Classify(field) is FieldKind.Any or FieldKind.Text) return LevelQueries.All(_level);
        if (termStr.StartsWith('*') || termStr.StartsWith('?'))
            throw new QuerySyntaxException("* or ? cannot start a word (it would read every word of the index)", ValuePosition());
        return MultiTerm(field, termStr, "*", (f, word) => new WildcardQuery(new Term(f, SurfaceWords.Fold(word))));
    }

    // word~: the words of the index within the edits asked (2 by default), found among unstemmed words and searched as
    // the stems the text fields hold; none found matches nothing.
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        var folded = SurfaceWords.Fold(termStr);
        // Lucene 3 wrote similarities (word~0.8): as many edits as that leaves of the word, at most 2.
        var edits = minSimilarity >= 1 ? (int)minSimilarity : minSimilarity == 0 ? 0 : (int)Math.Min(2, (1 - minSimilarity) * folded.Length);
        var stems = NearWords.Find(_facets.Reader, folded, edits)
            .SelectMany(near => PressAnalyzer.Stemming.Tokens(near.Word)).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0) return LevelQueries.Nothing();
        return MultiTerm(field, termStr, "~", (f, _) =>
        {
            if (stems.Count == 1) return new TermQuery(new Term(f, stems[0]));
            var any = new BooleanQuery(disableCoord: true);
            foreach (var stem in stems) any.Add(new TermQuery(new Term(f, stem)), Occur.SHOULD);
            return any;
        });
    }

    // /regex/ is not offered: people type slashes as text ("and/or"), so its words are searched.
    protected override Query GetRegexpQuery(string field, string termStr) =>
        termStr.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => FieldQuery(field, word, quoted: false, PhraseSlop))
            .Aggregate<Query?, Query?>(null, (all, word) => Both(all, word))!;

    private Query MultiTerm(string? field, string word, string operatorName, Func<string, string, Query?> build) => Classify(field) switch
    {
        FieldKind.Any => AcrossFields(f => build(f, word)),
        FieldKind.Text => InField(field!, f => build(f, word)),
        FieldKind.Facet or FieldKind.Date => throw new QuerySyntaxException($"{field}: takes whole values, not {operatorName}", ValuePosition()),
        _ => Both(FieldQuery(null, field!, quoted: false, PhraseSlop), AcrossFields(f => build(f, word)))!,
    };

    private Query AcrossFields(Func<string, Query?> perField)
    {
        var any = new FieldsQuery();
        foreach (var field in _level.Fields)
        {
            if (perField(field.Field) is not { } query) continue;
            query.Boost *= field.Boost;
            any.Add(query, Occur.SHOULD);
        }
        return any.Clauses.Count == 0 ? null! : any;
    }

    private Query InField(string name, Func<string, Query?> perField)
    {
        if (_level.Named(name) is { } own)
        {
            var query = perField(own.Field);
            if (query is not null) query.Boost *= own.Boost;
            return query!;
        }
        // summary: on paragraphs, title: and summary: on quotes: the unit's document is asked.
        var documentField = LevelFields.Documents.Named(name)!;
        return perField(documentField.Field) is { } documentQuery
            ? new ConstantScoreQuery(new DocumentMatchFilter(documentQuery)) { Boost = 0 }
            : null!;
    }

    private Query FacetValue(string field, string value)
    {
        var name = field.ToLowerInvariant();
        if (value.Trim().Length == 0) throw new QuerySyntaxException($"{name}: needs a value", ValuePosition());
        var values = _facets.Dimension(name)!.Resolve(value);
        if (values.Count == 0) return LevelQueries.Nothing();
        return new ConstantScoreQuery(new TermsFilter(values.Select(v => new Term(name, v)).ToList())) { Boost = 0 };
    }

    private static Query? Both(Query? a, Query? b)
    {
        if (a is null) return b!;
        if (b is null) return a;
        var both = new BooleanQuery(disableCoord: true) { { a, Occur.MUST }, { b, Occur.MUST } };
        return both;
    }

    private static Query? Phrase(Query? query, int slop)
    {
        if (query is PhraseQuery phrase) phrase.Slop = slop;
        else if (query is MultiPhraseQuery multi) multi.Slop = slop;
        return query;
    }

    /// <summary>The single token the analyzer makes of a word, or null when it makes none (several: the last, the prefix being typed).</summary>
    private static string? Normalize(string word, PressAnalyzer analyzer)
    {
        var tokens = analyzer.Tokens(word);
        return tokens.Count == 0 ? null : tokens[^1];
    }

    private enum FieldKind { Any, Text, Facet, Date, Unknown }

    private FieldKind Classify(string? field)
    {
        if (field is null) return FieldKind.Any;
        switch (field.ToLowerInvariant())
        {
            case "title" or "summary" or "body": return FieldKind.Text;
            case FacetNames.Actor or FacetNames.Nation or FacetNames.Department or FacetNames.Speaker: return FieldKind.Facet;
            case FacetNames.Date: return FieldKind.Date;
        }
        return FieldKind.Unknown;
    }

    // The position of the value being read: the parser's current token, stepped back over a ~N or ^N after the word.
    private int ValuePosition()
    {
        var index = _tokens.IndexAt(Token?.BeginColumn ?? 0);
        for (var i = index; i >= 0; i--)
            if (QueryTokens.IsValue(_tokens.All[i].Kind)) return _tokens.All[i].BeginColumn;
        return Token?.BeginColumn ?? 0;
    }

    private int RangePosition()
    {
        var index = _tokens.IndexAt(Token?.BeginColumn ?? 0);
        for (var i = index; i >= 0; i--)
            if (_tokens.All[i].Kind is RegexpToken.RANGEIN_START or RegexpToken.RANGEEX_START) return _tokens.All[i].BeginColumn;
        return Token?.BeginColumn ?? 0;
    }
}

/// <summary>A parsed query: the Lucene query for the level, the tokens it was read from (for "did you mean"), and whether it asks for everything.</summary>
public sealed record ParsedQuery(Query Query, QueryTokens Tokens, bool MatchesAll);
