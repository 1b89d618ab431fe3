using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Analysis;

/// <summary>The flags each instruction accepts (Dockerfile reference, syntax 1.x) and how their values look.</summary>
public static class FlagCatalogue
{
    private static readonly Dictionary<InstructionKind, string[]> Allowed = new()
    {
        [InstructionKind.From] = ["platform"],
        [InstructionKind.Run] = ["mount", "network", "security", "device"],
        [InstructionKind.Copy] = ["from", "chown", "chmod", "link", "parents", "exclude"],
        [InstructionKind.Add] = ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack"],
        [InstructionKind.Healthcheck] = ["interval", "timeout", "start-period", "start-interval", "retries"],
    };

    private static readonly HashSet<string> Booleans = new(StringComparer.OrdinalIgnoreCase) { "link", "parents", "keep-git-dir", "unpack" };

    private static readonly HashSet<string> Repeatable = new(StringComparer.OrdinalIgnoreCase) { "mount", "exclude", "device" };

    public static IReadOnlyList<string> FlagsOf(InstructionKind kind) => Allowed.TryGetValue(kind, out var flags) ? flags : [];

    public static bool IsBoolean(string flag) => Booleans.Contains(flag);

    public static bool IsRepeatable(string flag) => Repeatable.Contains(flag);
}
