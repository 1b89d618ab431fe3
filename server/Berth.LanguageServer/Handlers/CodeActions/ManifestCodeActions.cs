using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Handlers.Editing;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.Manifest.Editor;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>
/// The quick fixes of a manifest (berth.yaml / berth.json): the findings are computed again as the diagnostics
/// push does (schema, cross-checks against the open Dockerfile, graded by the settings), matched to the
/// client's diagnostics by rule id and range, and each offers the fixes of <see cref="ManifestQuickFixes"/>.
/// </summary>
internal static class ManifestCodeActions
{
    public static IReadOnlyList<CodeAction> For(DocumentSnapshot snapshot, DocumentStore documents, CodeActionRequest request, LintSettings settings, CancellationToken cancellationToken)
    {
        if (!request.Wants(CodeActionKinds.QuickFix) || request.Diagnostics.Count == 0) return [];
        var findings = Linter.Grade(Manifest.ManifestFeatures.Diagnostics(snapshot, documents), settings);
        var actions = new List<CodeAction>();
        foreach (var client in request.Diagnostics)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostic = DiagnosticMatcher.Find(snapshot, findings, client);
            if (diagnostic is null) continue;
            foreach (var fix in ManifestQuickFixes.For(snapshot.Manifest, diagnostic))
            {
                actions.Add(new CodeAction(fix.Title, CodeActionKinds.QuickFix)
                {
                    Diagnostics = [client.Raw],
                    IsPreferred = fix.IsPreferred ? true : null,
                    Edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<LspTextEdit>>(StringComparer.Ordinal)
                    {
                        [snapshot.Uri] = fix.Edits.Select(e => new LspTextEdit(snapshot.Range(e.Span), e.NewText)).ToList(),
                    }),
                });
            }
        }
        return actions;
    }
}
