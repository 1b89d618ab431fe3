using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json.Linq;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// textDocument/codeAction params. The context stays raw JSON: clients send diagnostics in shapes we do not
/// own (code as a string, a number or <c>{value, target}</c>, extra fields, no <c>data</c>), and a diagnostic
/// we cannot read should cost that one diagnostic its fixes, not fail the request.
/// </summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, JToken? Context);

/// <summary>The code action kinds Berth offers.</summary>
public static class CodeActionKinds
{
    public const string QuickFix = "quickfix";

    public const string FixAll = "source.fixAll.berth";
}

/// <summary>One entry of the light-bulb menu: a title, its kind, the diagnostics it resolves and the edit that applies it.</summary>
public sealed record CodeAction(string Title, string Kind)
{
    /// <summary>The client's diagnostics this action resolves, echoed back as the client sent them.</summary>
    public IReadOnlyList<JToken>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public WorkspaceEdit? Edit { get; init; }

    /// <summary>What the action runs instead of (or after) an edit: a workspace/executeCommand command.</summary>
    public LspCommand? Command { get; init; }
}
