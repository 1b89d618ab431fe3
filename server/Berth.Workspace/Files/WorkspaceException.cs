namespace Berth.Workspace.Files;

/// <summary>
/// A failure the user caused and can fix (a missing path, an unreadable file). Its message is the whole
/// story, written for the user: what happened and what to do. Never carries a stack trace to the user.
/// </summary>
public sealed class WorkspaceException(string message, Exception? inner = null) : Exception(message, inner);
