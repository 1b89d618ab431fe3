namespace Berth.Dockerfile.Syntax;

/// <summary>What a token of the lossless tree is. Trivia kinds carry no meaning but keep the text exact.</summary>
public enum SyntaxKind
{
    ByteOrderMark,
    Whitespace,
    NewLine,
    /// <summary>The escape character, any trailing blanks and the line break that joins two lines.</summary>
    LineContinuation,
    Comment,
    ParserDirective,
    Keyword,
    Flag,
    Word,
    HeredocBody,
    HeredocTerminator,
    /// <summary>Text that fits nowhere else (kept so that printing stays exact).</summary>
    Unknown,
}
