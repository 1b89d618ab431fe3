using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Berth.Workspace.Configuration;
using Berth.Workspace.Files;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// initialize: records what the client can do, reads the workspace's .hadolint.yaml (found as hadolint finds
/// it, with the workspace root as the working folder), takes initializationOptions as settings, and answers
/// our capabilities.
/// </summary>
public sealed class InitializeHandler(ServerSession session) : RequestHandler<InitializeParams, InitializeResult>
{
    public override string Method => "initialize";

    public override Task<InitializeResult> HandleAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        StartupTrace.Mark("initialize received");
        session.ClientCapabilities = parameters.Capabilities ?? new ClientCapabilities();
        session.Diagnostics.PullMode = session.ClientCapabilities.PullsDiagnostics;
        LoadHadolintConfig(parameters.RootUri);
        if (parameters.InitializationOptions is { } options) session.Settings.Use(options);
        StartupTrace.Mark("settings read");
        var capabilities = session.Registry.BuildCapabilities(session.ClientCapabilities);
        session.Lifecycle.MarkInitialized();
        StartupTrace.Mark("initialize handled");
        return Task.FromResult(new InitializeResult(capabilities, new ServerInfo("berth", BerthVersion.Current)));
    }

    private void LoadHadolintConfig(string? rootUri)
    {
        if (rootUri is null || !Uri.TryCreate(rootUri, UriKind.Absolute, out var root) || !root.IsFile) return;
        session.WorkspaceRoot = root.LocalPath;
        WorkspaceConfigFile.Load(session, root.LocalPath, reload: false);
    }
}
