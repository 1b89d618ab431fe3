namespace Berth.Workspace.Cloud;

/// <summary>
/// The manifest could not be found, read or resolved. <see cref="Exception.Message"/> says what to do;
/// <see cref="Problems"/> lists the manifest's own errors as "path:line:column: code: message".
/// </summary>
public sealed class ManifestLoadException(string message, IReadOnlyList<string>? problems = null) : Exception(message)
{
    public IReadOnlyList<string> Problems { get; } = problems ?? [];
}
