using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Protocol.Editing;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position) : TextDocumentPositionParams(TextDocument, Position);

/// <summary>A completion item; <see cref="Data"/> lets completionItem/resolve find it again.</summary>
public sealed record CompletionItem(string Label)
{
    public int? Kind { get; init; }
    public string? Detail { get; init; }
    public MarkupContent? Documentation { get; init; }
    public string? SortText { get; init; }
    public string? FilterText { get; init; }
    public int? InsertTextFormat { get; init; }
    public LspTextEdit? TextEdit { get; init; }
    public JToken? Data { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

/// <summary>LSP CompletionItemKind values we use.</summary>
public static class CompletionItemKinds
{
    public const int Text = 1, Method = 2, Function = 3, Field = 5, Variable = 6, Class = 7, Module = 9, Property = 10, Value = 12,
        Keyword = 14, Snippet = 15, File = 17, Folder = 19, EnumMember = 20, Constant = 21;
}
