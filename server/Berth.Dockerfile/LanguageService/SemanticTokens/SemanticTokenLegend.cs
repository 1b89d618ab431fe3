namespace Berth.Dockerfile.LanguageService.SemanticTokens;

/// <summary>The token types Berth emits, in legend order (the index is what goes over the wire).</summary>
public enum SemanticTokenType
{
    Keyword,
    Parameter,
    Property,
    Class,
    Variable,
    String,
    Comment,
    Macro,
    Operator,
}

/// <summary>Token modifiers, as bit flags in legend order.</summary>
[Flags]
public enum SemanticTokenModifiers
{
    None = 0,
    Declaration = 1,
    Readonly = 2,
    Deprecated = 4,
}

/// <summary>The legend advertised to the client: LSP's standard names for our types and modifiers.</summary>
public static class SemanticTokenLegend
{
    /// <summary>keyword: instructions, AS, CMD/NONE; parameter: flags; property: flag values; class: stage names;
    /// variable: ARG/ENV; string: quoted text; comment; macro: parser directives; operator: here-document delimiters.</summary>
    public static readonly string[] TokenTypes = ["keyword", "parameter", "property", "class", "variable", "string", "comment", "macro", "operator"];

    public static readonly string[] TokenModifiers = ["declaration", "readonly", "deprecated"];
}

/// <summary>One token on one line: 0-based line, UTF-16 start column and length.</summary>
public readonly record struct SemanticToken(int Line, int Character, int Length, SemanticTokenType Type, SemanticTokenModifiers Modifiers);
