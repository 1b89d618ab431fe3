using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// A here-document: the marker in the instruction (<c>&lt;&lt;-"EOF"</c>), its delimiter, the body lines that
/// follow the instruction and the terminator line. <see cref="TerminatorSpan"/> is null when the file ends first.
/// </summary>
public sealed record HeredocSyntax(
    TextSpan MarkerSpan,
    string Delimiter,
    TextSpan DelimiterSpan,
    bool StripsLeadingTabs,
    bool IsQuoted,
    TextSpan BodySpan,
    string Body,
    TextSpan? TerminatorSpan)
{
    public bool IsTerminated => TerminatorSpan is not null;

    /// <summary>Quoted delimiters turn off variable expansion in the body.</summary>
    public bool ExpandsVariables => !IsQuoted;
}
