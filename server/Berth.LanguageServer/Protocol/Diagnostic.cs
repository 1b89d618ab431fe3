namespace Berth.LanguageServer.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}

public sealed record CodeDescription(string Href);

/// <summary>An LSP diagnostic: range, severity, rule id as code, a link to the rule's page, and the message.</summary>
public sealed record Diagnostic(Range Range, DiagnosticSeverity Severity, string Code, string Source, string Message)
{
    public CodeDescription? CodeDescription { get; init; }

    public IReadOnlyList<DiagnosticTag>? Tags { get; init; }

    /// <summary>Opaque data the server reads back in codeAction (quick fixes).</summary>
    public object? Data { get; init; }
}
