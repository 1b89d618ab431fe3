namespace Berth.Dockerfile.LanguageService.Formatting;

/// <summary>How continuation lines are indented: <see cref="IndentWidth"/> spaces, or one tab.</summary>
public sealed record FormattingOptions(int IndentWidth = 4, bool UseTabs = false)
{
    public static FormattingOptions Default { get; } = new();

    public string Indent => UseTabs ? "\t" : new string(' ', Math.Clamp(IndentWidth, 0, 16));
}

/// <summary>Replace <see cref="Span"/> of the original text with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(Text.TextSpan Span, string NewText);
