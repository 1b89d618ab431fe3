using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// The source actions "Push to Alibaba Cloud" (source.berth.pushAcr) and "Deploy to ECS" (source.berth.deploy) of
/// a Dockerfile or berth.yaml: the same commands as the code lenses, offered under the same condition (the
/// manifest has registry.provider: acr / deploy.ecs), and only when the client asks for source kinds in
/// <c>only</c> (a light-bulb request is about the diagnostics at hand).
/// </summary>
public static class AlibabaCloudCodeActions
{
    public const string PushAcrKind = "source.berth.pushAcr";
    public const string DeployKind = "source.berth.deploy";

    /// <summary>The kinds advertised in codeActionProvider.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [PushAcrKind, DeployKind];

    public static IReadOnlyList<CodeAction> For(DocumentSnapshot snapshot, DocumentStore documents, IReadOnlyList<string>? only)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (only is null) return [];
        var origin = new Protocol.Range(new Position(0, 0), new Position(0, 0));
        return AlibabaCloudCodeLenses.For(snapshot, origin, documents)
            .Select(lens => (Kind: lens.Command.Name == AlibabaCloudCommands.PushAcr ? PushAcrKind : DeployKind, lens.Command))
            .Where(action => Wants(only, action.Kind))
            .Select(action => new CodeAction(action.Command.Title, action.Kind) { Command = action.Command })
            .ToList();
    }

    /// <summary>LSP kinds are hierarchical: "source" and "source.berth" ask for these too; "" (VS Code's Empty) asks for everything.</summary>
    private static bool Wants(IReadOnlyList<string> only, string kind) =>
        only.Any(o => o.Length == 0 || kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));
}
