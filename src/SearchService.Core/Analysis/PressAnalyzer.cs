using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SearchService.Core.Analysis;

/// <summary>
/// The one analysis chain of every text field, at index and at query time: Unicode word splitting (UAX#29),
/// possessives removed ("Healey's" → "healey"), lower case, elided articles removed ("d'Ivoire" → "ivoire"), accents folded (Sébastien → sebastien), Porter
/// stemming (convened → conven). No stop words: phrases such as "coalition of the willing" and "cost of living"
/// must match only in order and in full, and BM25's idf already makes "the" and "of" worth almost nothing.
/// <see cref="Folding"/> is the same chain without the stemmer, for prefixes and wildcards (a prefix is not a word,
/// so stemming it would cut it shorter than the user typed).
/// </summary>
public sealed class PressAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _stem;

    // Names carry French and Italian elisions ("Côte d'Ivoire", "L'Aquila"): "ivoire" is the word people search for.
    private static readonly CharArraySet Elisions = new(Version, ["l", "d", "qu", "j", "m", "n", "s", "t", "c", "dell", "nell", "all", "sull"], ignoreCase: true);

    private PressAnalyzer(bool stem) => _stem = stem;

    /// <summary>The index's analyzer: what every text field holds and every word of a query is turned into.</summary>
    public static PressAnalyzer Stemming { get; } = new(stem: true);

    /// <summary>Without stemming: prefixes, wildcards.</summary>
    public static PressAnalyzer Folding { get; } = new(stem: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ElisionFilter(stream, Elisions);
        stream = new ASCIIFoldingFilter(stream);
        if (_stem) stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>The tokens of <paramref name="text"/> as this analyzer makes them.</summary>
    public List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        using var stream = GetTokenStream("", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
