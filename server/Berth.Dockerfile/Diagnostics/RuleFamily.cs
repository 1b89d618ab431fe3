namespace Berth.Dockerfile.Diagnostics;

/// <summary>Which tool's naming a rule id follows; decides which ignore mechanisms apply to it.</summary>
public enum RuleFamily
{
    /// <summary>Berth's own BERxxxx ids.</summary>
    Berth,
    /// <summary>hadolint's DLxxxx ids.</summary>
    Hadolint,
    /// <summary>ShellCheck's SCxxxx ids (reported through hadolint's conventions).</summary>
    ShellCheck,
    /// <summary>BuildKit build-check names (JSONArgsRecommended, ...), skipped by <c># check=skip=</c>.</summary>
    BuildKit,
}

public static class RuleFamilies
{
    public static RuleFamily Of(string id)
    {
        if (id.StartsWith("BER", StringComparison.Ordinal) && id.Length == 7) return RuleFamily.Berth;
        if (id.StartsWith("DL", StringComparison.Ordinal) && id.Length == 6 && id[2..].All(char.IsAsciiDigit)) return RuleFamily.Hadolint;
        if (id.StartsWith("SC", StringComparison.Ordinal) && id.Length == 6 && id[2..].All(char.IsAsciiDigit)) return RuleFamily.ShellCheck;
        return RuleFamily.BuildKit;
    }
}
