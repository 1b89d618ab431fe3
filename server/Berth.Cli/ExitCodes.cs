namespace Berth.Cli;

/// <summary>The process exit codes, the same for every command (hadolint's convention for lint).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>lint: a finding at or above the failure threshold.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or a file that could not be read.</summary>
    public const int UsageOrInput = 2;
}
