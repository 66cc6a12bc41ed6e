using SearchService.Core.Enrichment.Text;

namespace SearchService.Core.Enrichment;

/// <summary>A piece of a document's text: the title and summary (<see cref="Paragraph"/> -1) or a body paragraph.</summary>
internal sealed record TextBlock(int Paragraph, string Text)
{
    /// <summary>The words of the text, found once: the actor, nation and organisation readers all need them.</summary>
    public List<WordToken> Tokens => field ??= WordTokenizer.Tokenize(Text);

    /// <summary>The runs of letters of the text, where the cue and head-noun patterns look for their words.</summary>
    public List<(int Start, int End)> LetterRuns => field ??= CueSearch.LetterRuns(Text, Tokens);
}

/// <summary>A place in the text where a known person is named (by name, surname, "Mr X" or role).</summary>
internal sealed record PersonMention(int Paragraph, int Start, int End, string Actor);
