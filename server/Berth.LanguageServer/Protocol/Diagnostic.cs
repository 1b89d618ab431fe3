using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json.Linq;

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

/// <summary>Another place that explains a diagnostic (the first definition of a duplicate, say).</summary>
public sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <summary>
/// An LSP diagnostic: range, severity, rule id as code, a link to the rule's page, and the message.
/// Immutable, down to its lists and data: its JSON text is cached by object identity
/// (<see cref="DiagnosticJsonCache"/>), so a diagnostic that changed after it was first written would go out stale.
/// The collections given to the init accessors are copied; <see cref="Data"/> is copied in and out.
/// </summary>
public sealed record Diagnostic(Range Range, DiagnosticSeverity Severity, string Code, string Source, string Message)
{
    private readonly IReadOnlyList<DiagnosticTag>? _tags;
    private readonly IReadOnlyList<DiagnosticRelatedInformation>? _relatedInformation;
    private readonly JToken? _data;

    public CodeDescription? CodeDescription { get; init; }

    public IReadOnlyList<DiagnosticTag>? Tags
    {
        get => _tags;
        init => _tags = Frozen(value);
    }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation
    {
        get => _relatedInformation;
        init => _relatedInformation = Frozen(value);
    }

    /// <summary>Opaque data the server reads back in codeAction (quick fixes). A copy: changing it changes nothing here.</summary>
    public JToken? Data
    {
        get => _data?.DeepClone();
        init => _data = value?.DeepClone();
    }

    private static IReadOnlyList<T>? Frozen<T>(IReadOnlyList<T>? items) => items is null ? null : Array.AsReadOnly(items.ToArray());
}
