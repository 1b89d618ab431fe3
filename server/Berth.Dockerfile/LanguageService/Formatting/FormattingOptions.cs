namespace Berth.Dockerfile.LanguageService.Formatting;

/// <summary>
/// How the formatter lays out instructions: continuation lines indented by <see cref="IndentWidth"/> spaces or
/// one tab; keywords upper-cased or left as written; the escapes of a multi-line instruction aligned in one
/// column or not. <see cref="TabSize"/> is how wide the editor shows a tab, which alignment needs to know.
/// </summary>
public sealed record FormattingOptions(int IndentWidth = 4, bool UseTabs = false)
{
    public static FormattingOptions Default { get; } = new();

    /// <summary>False leaves instruction keywords (and FROM's AS) in the case they were written in.</summary>
    public bool UppercaseKeywords { get; init; } = true;

    /// <summary>True puts the line-continuation escapes of one instruction in one column, one space after its longest line.</summary>
    public bool AlignEscapes { get; init; } = true;

    /// <summary>The editor's tab width; a tab counts up to the next multiple of it when escapes are aligned.</summary>
    public int TabSize { get; init; } = 4;

    public string Indent => UseTabs ? "\t" : Blanks.Spaces(Math.Clamp(IndentWidth, 0, 16));
}

/// <summary>Replace <see cref="Span"/> of the original text with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(Text.TextSpan Span, string NewText);
