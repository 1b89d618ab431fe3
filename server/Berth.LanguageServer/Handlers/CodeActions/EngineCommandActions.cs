using Berth.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>
/// The source actions of a Dockerfile or berth.yaml that run the Docker engine commands: "Build image"
/// (source.berth.build), "Run container", "Push image" and "Stop container". Each carries the
/// workspace/executeCommand command with [fileUri], so the editor runs it as berth.build etc. No engine is
/// asked here (a code action request must answer at once): "Stop container" is always offered, and says
/// clearly when nothing of that name runs.
/// </summary>
internal static class EngineCommandActions
{
    private static readonly (string Kind, string Title, string Command)[] Actions =
    [
        ("source.berth.build", "Build image", "berth.build"),
        ("source.berth.run", "Run container", "berth.run"),
        ("source.berth.push", "Push image", "berth.push"),
        ("source.berth.stop", "Stop container", "berth.stop"),
    ];

    /// <summary>The kinds advertised in codeActionProvider.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Actions.Select(a => a.Kind)];

    /// <summary>
    /// The actions for the document at <paramref name="uri"/>, only when the client names their kinds in
    /// <c>only</c> ("source", "source.berth", "source.berth.run", ...), as VS Code's Source Action menu does. A
    /// light-bulb request without <c>only</c> is about the diagnostics at hand, so it does not get them.
    /// </summary>
    public static IEnumerable<CodeAction> For(string uri, CodeActionRequest request) =>
        request.Only is null ? [] : Actions.Where(a => request.Wants(a.Kind))
            .Select(a => new CodeAction(a.Title, a.Kind) { Command = new LspCommand(a.Title, a.Command, new JArray(uri)) });
}
