namespace SearchService.Core.Querying.Syntax;

public enum TokenKind { Word, Quoted, Field, LParen, RParen, LBracket, RBracket, And, Or, Not, Minus, Plus, End }

/// <summary>How a word ends: plainly, with <c>*</c> (prefix) or with <c>~</c>/<c>~N</c> (fuzzy).</summary>
public enum WordSuffix { None, Prefix, Fuzzy }

/// <summary>One lexical token; <see cref="Position"/> is its 0-based offset in the query text.</summary>
public sealed record QueryToken(TokenKind Kind, string Text, int Position, WordSuffix Suffix = WordSuffix.None, int Edits = 0, bool Escaped = false)
{
    /// <summary>A word spelled exactly as a keyword with no escapes (<c>TO</c> inside date ranges).</summary>
    public bool IsBare(string keyword) => Kind == TokenKind.Word && !Escaped && Suffix == WordSuffix.None && Text == keyword;
}
