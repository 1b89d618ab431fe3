using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using CoreFormattingOptions = Berth.Dockerfile.LanguageService.Formatting.FormattingOptions;
using LspFormattingOptions = Berth.LanguageServer.Protocol.Editing.FormattingOptions;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>
/// The editor's FormattingOptions (tab size, tabs or spaces) combined with the berth.format.* settings
/// (continuation indent, keyword case) into the formatter's options; and its edits into LSP edits.
/// </summary>
internal static class FormattingTranslation
{
    /// <summary>The formatter's options, or null when the user turned formatting off (berth.format.enable: false).</summary>
    public static async Task<CoreFormattingOptions?> OptionsAsync(ServerSession session, LspFormattingOptions? options, CancellationToken cancellationToken)
    {
        var settings = await session.Settings.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return Options(options, settings.Format);
    }

    public static CoreFormattingOptions? Options(LspFormattingOptions? options, FormatSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled) return null;
        var tabSize = options is null || options.TabSize <= 0 ? 4 : options.TabSize;
        var useTabs = options is not null && !options.InsertSpaces;
        return new CoreFormattingOptions(settings.ContinuationIndent ?? tabSize, useTabs)
        {
            TabSize = tabSize,
            UppercaseKeywords = settings.UppercaseInstructions,
        };
    }

    /// <summary>The formatter's edits as the answer's JSON, written straight from them (<see cref="TextEditsJson"/>).</summary>
    public static EncodedJson Edits(DocumentSnapshot snapshot, IReadOnlyList<TextEdit> edits) => TextEditsJson.Encode(edits, snapshot.Lines);
}
