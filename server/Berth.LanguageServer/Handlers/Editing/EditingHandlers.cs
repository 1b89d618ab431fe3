using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>The editing features' handlers (issue 4), registered from <see cref="HandlerRegistry.CreateDefault"/> in one line.</summary>
public static class EditingHandlers
{
    public static IEnumerable<LspHandler> Create(ServerSession session)
    {
        var semanticTokens = new SemanticTokensResults();
        return
        [
            new CompletionHandler(session),
            new CompletionResolveHandler(session),
            new HoverHandler(session),
            new SignatureHelpHandler(session),
            new DefinitionHandler(session),
            new ReferencesHandler(session),
            new DocumentHighlightHandler(session),
            new PrepareRenameHandler(session),
            new RenameHandler(session),
            new LinkedEditingRangeHandler(session),
            new DocumentSymbolHandler(session),
            new WorkspaceSymbolHandler(session),
            new FoldingRangeHandler(session),
            new SelectionRangeHandler(session),
            new DocumentFormattingHandler(session),
            new RangeFormattingHandler(session),
            new OnTypeFormattingHandler(session),
            new SemanticTokensFullHandler(session, semanticTokens),
            new SemanticTokensDeltaHandler(session, semanticTokens),
            new SemanticTokensRangeHandler(session),
            new InlayHintHandler(session),
            new DocumentLinkHandler(session),
        ];
    }
}
