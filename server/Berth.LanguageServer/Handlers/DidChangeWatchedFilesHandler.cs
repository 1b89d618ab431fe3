using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// workspace/didChangeWatchedFiles: a manifest, a .dockerignore or a .hadolint.yaml changed on disk, or a file was
/// created or deleted, so the open documents' diagnostics may have changed (cross-checks, build context, COPY sources,
/// lint settings) without any edit to them.
/// The watchers are registered at initialized (<see cref="WatchedFiles"/>).
/// </summary>
public sealed class DidChangeWatchedFilesHandler(ServerSession session) : NotificationHandler<DidChangeWatchedFilesParams>
{
    public override string Method => "workspace/didChangeWatchedFiles";

    public override Task HandleAsync(DidChangeWatchedFilesParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var changes = parameters.Changes ?? [];
        if (changes.Any(c => WatchedFiles.IsLintConfig(c.Uri)) && session.WorkspaceRoot is { } root)
        {
            // Re-reading the settings re-checks every open document once they are in force.
            WorkspaceConfigFile.Load(session, root, reload: true);
        }
        else if (changes.Count > 0)
        {
            session.Diagnostics.ScheduleAll();
        }
        return Task.CompletedTask;
    }
}
