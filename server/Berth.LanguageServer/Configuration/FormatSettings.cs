namespace Berth.LanguageServer.Configuration;

/// <summary>
/// The berth.format.* settings. <see cref="ContinuationIndent"/> null means "use the editor's tab size";
/// the editor's insertSpaces still decides between tabs and spaces.
/// </summary>
public sealed record FormatSettings(bool Enabled, int? ContinuationIndent, bool UppercaseInstructions)
{
    public static FormatSettings Default { get; } = new(Enabled: true, ContinuationIndent: null, UppercaseInstructions: true);
}
