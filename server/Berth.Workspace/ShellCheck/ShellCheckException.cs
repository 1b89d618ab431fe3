namespace Berth.Workspace.ShellCheck;

/// <summary>ShellCheck could not check a script; the message says what happened and what to do.</summary>
public sealed class ShellCheckException(string message) : Exception(message);
