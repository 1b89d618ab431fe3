namespace Berth.Dockerfile.Diagnostics;

/// <summary>How serious a finding is; ordered so that a higher value is more serious (hadolint's levels).</summary>
public enum Severity
{
    Style = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
