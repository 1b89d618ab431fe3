using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>
/// textDocument/codeAction: quick fixes and "ignore this rule" for the diagnostics in context, and
/// source.fixAll.berth for a Dockerfile; quick fixes for a manifest; and for both, the build/run/push/stop
/// source actions that run the engine commands. Everything comes from the core.
/// </summary>
public sealed class CodeActionHandler(ServerSession session) : RequestHandler<CodeActionParams, IReadOnlyList<CodeAction>>
{
    public override string Method => "textDocument/codeAction";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("codeActionProvider", new JObject
        {
            ["codeActionKinds"] = new JArray([CodeActionKinds.QuickFix, CodeActionKinds.FixAll, .. EngineCommandActions.Kinds, .. Commands.AlibabaCloudCodeActions.Kinds]),
            ["resolveProvider"] = false,
        });

    public override async Task<IReadOnlyList<CodeAction>> HandleAsync(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Documents.Get(parameters.TextDocument.Uri);
        if (snapshot is null || !(snapshot.IsDockerfile || snapshot.IsManifest)) return [];
        var request = CodeActionContextReader.Read(parameters.Context);
        var settings = await session.Settings.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var actions = snapshot.IsDockerfile
            ? DockerfileCodeActions.For(snapshot, request, settings.Lint, cancellationToken)
            : ManifestCodeActions.For(snapshot, session.Documents, request, settings.Lint, cancellationToken);
        return [.. actions, .. EngineCommandActions.For(snapshot.Uri, request), .. Commands.AlibabaCloudCodeActions.For(snapshot, session.Documents, request.Only)];
    }
}
