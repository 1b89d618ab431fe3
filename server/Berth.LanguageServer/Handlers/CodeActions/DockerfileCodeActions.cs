using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Handlers.Editing;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>
/// The code actions of a Dockerfile: for each diagnostic in context, the core's fixes (certain ones preferred)
/// and the two "ignore this rule" pragmas; plus "fix all" (every certain fix as one edit) when the client wants it.
/// The client's diagnostics carry no fixes, so the snapshot is linted again and matched by rule id and range.
/// </summary>
internal static class DockerfileCodeActions
{
    public static IReadOnlyList<CodeAction> For(DocumentSnapshot snapshot, CodeActionRequest request, LintSettings settings, CancellationToken cancellationToken)
    {
        var document = snapshot.Dockerfile;
        cancellationToken.ThrowIfCancellationRequested();
        var diagnostics = Linter.Lint(document, settings);
        var actions = new List<CodeAction>();
        if (request.Wants(CodeActionKinds.QuickFix))
        {
            foreach (var client in request.Diagnostics)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var diagnostic = DiagnosticMatcher.Find(snapshot, diagnostics, client) ?? ShellCheckFinding(snapshot, client);
                if (diagnostic is null) continue;
                var preferred = diagnostic.Fixes.FirstOrDefault(f => f.IsCertain);
                foreach (var fix in diagnostic.Fixes)
                    actions.Add(QuickFix(snapshot, fix, client, isPreferred: ReferenceEquals(fix, preferred)));
                foreach (var fix in SuppressionFixes.For(document, diagnostic))
                    actions.Add(QuickFix(snapshot, fix, client, isPreferred: false));
            }
        }
        if (request.Wants(CodeActionKinds.FixAll))
        {
            var edits = FixApplier.CertainEdits(diagnostics);
            if (edits.Count > 0)
                actions.Add(new CodeAction("Fix all auto-fixable Berth problems", CodeActionKinds.FixAll) { Edit = Edit(snapshot, edits) });
        }
        return actions;
    }

    // ShellCheck's findings are not the linter's (they come from a program, cached), so they are taken as the client
    // sent them: they have no fixes of their own, only the two "ignore" pragmas, which the linter honours for SC ids.
    private static Berth.Dockerfile.Diagnostics.Diagnostic? ShellCheckFinding(DocumentSnapshot snapshot, ClientDiagnostic client)
    {
        if (client.Code.Length < 3 || !client.Code.StartsWith("SC", StringComparison.OrdinalIgnoreCase) || !client.Code[2..].All(char.IsAsciiDigit))
            return null;
        var start = snapshot.Offset(client.Range.Start);
        var end = Math.Max(start, snapshot.Offset(client.Range.End));
        return new Berth.Dockerfile.Diagnostics.Diagnostic(client.Code.ToUpperInvariant(), Severity.Warning, new Berth.Dockerfile.Text.TextSpan(start, end - start), "");
    }

    private static CodeAction QuickFix(DocumentSnapshot snapshot, CodeFix fix, ClientDiagnostic client, bool isPreferred) =>
        new(fix.Title, CodeActionKinds.QuickFix)
        {
            Diagnostics = [client.Raw],
            IsPreferred = isPreferred ? true : null,
            Edit = Edit(snapshot, fix.Edits),
        };

    private static WorkspaceEdit Edit(DocumentSnapshot snapshot, IReadOnlyList<TextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<LspTextEdit>>(StringComparer.Ordinal)
        {
            [snapshot.Uri] = edits.Select(e => new LspTextEdit(snapshot.Range(e.Span), e.NewText)).ToList(),
        });
}
