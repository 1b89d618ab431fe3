using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Handlers.Editing;
using CoreDiagnostic = Berth.Dockerfile.Diagnostics.Diagnostic;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>
/// Finds the core diagnostic behind a client's diagnostic: same rule id, same range in this snapshot. A
/// diagnostic from an older version that no longer matches gets no actions (the client asks again after the next push).
/// </summary>
internal static class DiagnosticMatcher
{
    public static CoreDiagnostic? Find(DocumentSnapshot snapshot, IEnumerable<CoreDiagnostic> diagnostics, ClientDiagnostic client) =>
        diagnostics.FirstOrDefault(d =>
            string.Equals(d.Code, client.Code, StringComparison.OrdinalIgnoreCase)
            && snapshot.Range(d.Span) == client.Range);
}
