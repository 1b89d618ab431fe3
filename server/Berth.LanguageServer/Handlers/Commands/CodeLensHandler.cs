using Berth.Dockerfile.Syntax;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>textDocument/codeLens: "Build image", "Run container" and "Push image" above a Dockerfile's first FROM.</summary>
public sealed class CodeLensHandler(ServerSession session) : RequestHandler<CodeLensParams, IReadOnlyList<CodeLens>>
{
    public override string Method => "textDocument/codeLens";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        capabilities.Set("codeLensProvider", new JObject { ["resolveProvider"] = false });
    }

    public override Task<IReadOnlyList<CodeLens>> HandleAsync(CodeLensParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var snapshot = session.Documents.Get(parameters.TextDocument.Uri);
        if (snapshot is { IsManifest: true }) return Task.FromResult(AlibabaCloudCodeLenses.For(snapshot, new Protocol.Range(new Position(0, 0), new Position(0, 0)), session.Documents));
        if (snapshot is null || !snapshot.IsDockerfile) return Task.FromResult<IReadOnlyList<CodeLens>>([]);
        var from = snapshot.Dockerfile.Syntax.Instructions.FirstOrDefault(i => string.Equals(i.Keyword, "FROM", StringComparison.OrdinalIgnoreCase));
        if (from is null) return Task.FromResult<IReadOnlyList<CodeLens>>([]);
        var range = DiagnosticConverter.ToRange(snapshot.Lines.RangeOf(from.Span));
        var arguments = new JArray(parameters.TextDocument.Uri);
        return Task.FromResult<IReadOnlyList<CodeLens>>(
        [
            new CodeLens(range, new LspCommand("Build image", "berth.build", arguments)),
            new CodeLens(range, new LspCommand("Run container", "berth.run", arguments)),
            new CodeLens(range, new LspCommand("Push image", "berth.push", arguments)),
            .. AlibabaCloudCodeLenses.For(snapshot, range, session.Documents),
        ]);
    }
}
