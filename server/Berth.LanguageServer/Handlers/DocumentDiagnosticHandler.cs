using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// textDocument/diagnostic (pull diagnostics): the same diagnostics as the push (core, ShellCheck, the last failed
/// build), on request. Advertised only to clients that support it; those that can also refresh get no push.
/// Waits for pending settings, and honours cancellation while it waits.
/// </summary>
public sealed class DocumentDiagnosticHandler(ServerSession session) : RequestHandler<DocumentDiagnosticParams, FullDocumentDiagnosticReport>
{
    public override string Method => "textDocument/diagnostic";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client)
    {
        if (client.TextDocument?["diagnostic"] is not null)
            capabilities.Set("diagnosticProvider", new JObject { ["interFileDependencies"] = false, ["workspaceDiagnostics"] = false, ["identifier"] = "berth" });
    }

    public override async Task<FullDocumentDiagnosticReport> HandleAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Documents.Get(parameters.TextDocument.Uri);
        if (snapshot is null) return new FullDocumentDiagnosticReport([]);
        var settings = await session.Settings.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var core = DocumentDiagnostics.Compute(snapshot, settings, cancellationToken, session.Documents, session.Log, session.Diagnostics.LintCache);
        var shellCheck = await session.Diagnostics.ShellCheck.ComputeAsync(snapshot, settings, cancellationToken).ConfigureAwait(false);
        return new FullDocumentDiagnosticReport([.. core, .. shellCheck, .. session.Diagnostics.BuildFailures.For(snapshot.Uri)]);
    }
}
