using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Completion;

/// <summary>What a completion offers, so that the protocol layer can pick an icon.</summary>
public enum CompletionEntryKind
{
    Keyword,
    Snippet,
    Directive,
    Flag,
    Value,
    Variable,
    Stage,
    Property,
    File,
    Folder,
}

/// <summary>
/// One completion: the text replacing <see cref="ReplaceSpan"/> (a snippet when <see cref="IsSnippet"/>, in LSP
/// snippet syntax), a short detail and markdown documentation.
/// </summary>
public sealed record CompletionEntry(
    string Label,
    CompletionEntryKind Kind,
    TextSpan ReplaceSpan,
    string InsertText,
    bool IsSnippet = false,
    string? Detail = null,
    string? Documentation = null,
    string? SortText = null);

/// <summary>One entry of a build-context folder, for COPY/ADD source completion.</summary>
public sealed record ContextEntry(string Name, bool IsDirectory);
