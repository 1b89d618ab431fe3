using System.Diagnostics;

namespace Berth.Benchmarks.Lsp;

/// <summary>How to start one language server under test: its display name and its command line.</summary>
public sealed record ServerCommand(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    public ProcessStartInfo ToStartInfo()
    {
        var info = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments) info.ArgumentList.Add(argument);
        // Neither server may spend its start-up on telemetry or first-run banners.
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public override string ToString() => $"{FileName} {string.Join(' ', Arguments)}";
}
