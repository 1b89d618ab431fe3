using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using CoreFormattingOptions = Berth.Dockerfile.LanguageService.Formatting.FormattingOptions;
using LspFormattingOptions = Berth.LanguageServer.Protocol.Editing.FormattingOptions;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>Editor formatting options to the formatter's: the indent of continuation lines.</summary>
internal static class FormattingTranslation
{
    public static CoreFormattingOptions Options(LspFormattingOptions? options) =>
        options is null ? CoreFormattingOptions.Default : new CoreFormattingOptions(options.TabSize <= 0 ? 4 : options.TabSize, !options.InsertSpaces);

    public static IReadOnlyList<LspTextEdit> Edits(DocumentSnapshot snapshot, IReadOnlyList<TextEdit> edits) =>
        edits.Select(e => new LspTextEdit(snapshot.Range(e.Span), e.NewText)).ToList();
}
