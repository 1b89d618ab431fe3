using Berth.Dockerfile;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Handlers.Editing;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.Manifest.CrossChecks;
using Berth.LanguageServer.Server;
using Berth.Manifest.Editor;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Manifest;

/// <summary>
/// The manifest (berth.yaml / berth.json) branch of the editing handlers: each method translates one pure
/// function of Berth.Manifest into LSP types. Kept apart so the Dockerfile handlers only gain one line each.
/// </summary>
internal static class ManifestFeatures
{
    // LSP SymbolKind.Array, which the shared SymbolKinds list doesn't name.
    private const int SymbolKindArray = 18;

    public static IReadOnlyList<Berth.Dockerfile.Diagnostics.Diagnostic> Diagnostics(DocumentSnapshot snapshot, DocumentStore? documents)
    {
        var manifest = snapshot.Manifest;
        var findings = new List<Berth.Dockerfile.Diagnostics.Diagnostic>(manifest.Diagnostics);
        if (ManifestPaths.Directory(snapshot.Uri) is { } directory && !manifest.HasErrors)
        {
            findings.AddRange(ManifestCrossChecks.Check(manifest, directory, new OpenDocumentsFileSystem(documents)));
        }
        return findings;
    }

    public static IReadOnlyList<LspDiagnostic> LspDiagnostics(DocumentSnapshot snapshot, IEnumerable<Berth.Dockerfile.Diagnostics.Diagnostic> findings) =>
        findings.Select(d => DiagnosticConverter.ToLsp(d, snapshot.Lines)).ToList();

    public static Hover? Hover(ServerSession session, DocumentSnapshot snapshot, Position position)
    {
        var info = ManifestHover.Hover(snapshot.Manifest, snapshot.Offset(position), Facts(session, snapshot));
        return info is null ? null : new Hover(MarkupContent.Markdown(info.Markdown), snapshot.Range(info.Span));
    }

    public static CompletionList Completion(ServerSession session, DocumentSnapshot snapshot, Position position)
    {
        var items = ManifestCompletion.Complete(snapshot.Manifest, snapshot.Offset(position), Facts(session, snapshot));
        return new CompletionList(false, items.Select(item => new CompletionItem(item.Label)
        {
            Kind = item.Kind switch
            {
                ManifestCompletionKind.Property => CompletionItemKinds.Property,
                ManifestCompletionKind.Stage => CompletionItemKinds.Class,
                ManifestCompletionKind.BuildArg => CompletionItemKinds.Variable,
                _ => CompletionItemKinds.EnumMember,
            },
            Detail = item.Detail,
            Documentation = item.Documentation is { } documentation ? MarkupContent.Markdown(documentation) : null,
            TextEdit = new LspTextEdit(snapshot.Range(item.ReplaceSpan), item.InsertText),
        }).ToList());
    }

    public static IReadOnlyList<DocumentSymbol> Symbols(DocumentSnapshot snapshot) =>
        ManifestSymbols.Of(snapshot.Manifest).Select(s => ToLsp(snapshot, s)).ToList();

    public static IReadOnlyList<Location> Definition(ServerSession session, DocumentSnapshot snapshot, Position position)
    {
        if (ManifestPaths.Directory(snapshot.Uri) is not { } directory) return [];
        var target = ManifestDefinition.Find(snapshot.Manifest, snapshot.Offset(position), directory, Dockerfile(session, snapshot));
        if (target is null) return [];
        var range = target.Range is { } r
            ? new LspRange(new Position(r.Start.Line, r.Start.Character), new Position(r.End.Line, r.End.Character))
            : new LspRange(new Position(0, 0), new Position(0, 0));
        return [new Location(ManifestPaths.ToUri(target.Path), range)];
    }

    private static DocumentSymbol ToLsp(DocumentSnapshot snapshot, ManifestSymbol symbol) => new(
        symbol.Name,
        symbol.Detail,
        symbol.Kind switch
        {
            ManifestSymbolKind.Section => SymbolKinds.Module,
            ManifestSymbolKind.List => SymbolKindArray,
            _ => SymbolKinds.Property,
        },
        snapshot.Range(symbol.Span),
        snapshot.Range(symbol.SelectionSpan),
        symbol.Children.Count == 0 ? null : symbol.Children.Select(c => ToLsp(snapshot, c)).ToList());

    private static DockerfileDocument? Dockerfile(ServerSession session, DocumentSnapshot snapshot) =>
        ManifestPaths.Directory(snapshot.Uri) is { } directory
            ? ManifestCrossChecks.ReadDockerfile(snapshot.Manifest, directory, new OpenDocumentsFileSystem(session.Documents))
            : null;

    private static DockerfileFacts? Facts(ServerSession session, DocumentSnapshot snapshot) =>
        Dockerfile(session, snapshot) is { } dockerfile ? DockerfileFacts.From(dockerfile) : null;
}
