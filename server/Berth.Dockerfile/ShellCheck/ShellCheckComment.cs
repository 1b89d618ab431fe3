namespace Berth.Dockerfile.ShellCheck;

/// <summary>
/// One finding as ShellCheck reports it (<c>--format=json1</c>): 1-based line and column in the script (columns
/// count code points, a tab is one), an end that is exclusive, the level (error, warning, info, style), the numeric
/// code and the message.
/// </summary>
public sealed record ShellCheckComment(int Line, int Column, int EndLine, int EndColumn, string Level, int Code, string Message);
