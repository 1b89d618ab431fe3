using System.Runtime.CompilerServices;

namespace Berth.Dockerfile.LanguageService.Symbols;

/// <summary>
/// One symbol table per document version, built on first use: a burst of editing requests on the same version
/// (hover, highlight, semantic tokens, inlay hints...) pays for it once. Weak, so it goes with the document.
/// </summary>
public static class SymbolTableCache
{
    private static readonly ConditionalWeakTable<DockerfileDocument, SymbolTable> Tables = [];

    public static SymbolTable Of(DockerfileDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Tables.GetValue(document, d => SymbolTable.Build(d.Syntax));
    }
}
