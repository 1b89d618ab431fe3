using Berth.Dockerfile.Diagnostics;

namespace Berth.Workspace.Linting;

/// <summary>
/// The least severity that fails a lint run (hadolint's --failure-threshold): a finding at or above it
/// makes <c>berth lint</c> exit 1. <see cref="None"/> never fails.
/// </summary>
public sealed record FailureThreshold(Severity? Minimum)
{
    public static FailureThreshold Error { get; } = new(Severity.Error);

    public static FailureThreshold None { get; } = new((Severity?)null);

    public static readonly IReadOnlyList<string> Names = ["error", "warning", "info", "style", "none"];

    public bool IsFailure(Severity severity) => Minimum is { } minimum && severity >= minimum;

    /// <summary>Parses a threshold name; null when the name is not one of <see cref="Names"/>.</summary>
    public static FailureThreshold? Parse(string name) => name.ToLowerInvariant() switch
    {
        "error" => Error,
        "warning" => new(Severity.Warning),
        "info" => new(Severity.Info),
        "style" => new(Severity.Style),
        "none" => None,
        _ => null,
    };
}
