namespace Berth.Benchmarks;

/// <summary>
/// Where the things the benchmark runs live: the repository root (the folder holding LanguageServer.sln),
/// Berth's executable and the peer installed under bench/peer.
/// </summary>
public sealed class RepositoryLayout(string root)
{
    public string Root { get; } = root;

    public string PeerFolder => Path.Combine(Root, "bench", "peer");

    public string PeerServerScript => Path.Combine(PeerFolder, "node_modules", "dockerfile-language-server-nodejs", "lib", "server.js");

    public string PeerLintCli => Path.Combine(PeerFolder, "node_modules", "dockerfile-utils", "bin", "dockerfile-utils");

    public string PeerLintAllScript => Path.Combine(PeerFolder, "lint-all.js");

    public string WorkFolder => Path.Combine(Root, "artifacts", "bench");

    /// <summary>Berth's candidates, best first: a published single-file (or Native AOT) binary, then the Release build.</summary>
    public IReadOnlyList<string> BerthCandidates =>
    [
        Path.Combine(Root, "artifacts", "publish", "berth", "berth"),
        Path.Combine(Root, "artifacts", "publish", "berth"),
        Path.Combine(Root, "server", "Berth.Cli", "bin", "Release", "net10.0", "linux-x64", "publish", "berth"),
        Path.Combine(Root, "server", "Berth.Cli", "bin", "Release", "net10.0", "berth"),
        Path.Combine(Root, "server", "Berth.Cli", "bin", "Release", "net10.0", "berth.dll"),
    ];

    public static RepositoryLayout Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return new RepositoryLayout(dir.FullName);
        }
        throw new BenchmarkException("The repository root (the folder with LanguageServer.sln) was not found above the current folder; run the benchmark from inside the repository.");
    }

    /// <summary>The command that runs `berth ARGS`: the given path, or the first candidate that exists.</summary>
    public (string FileName, string[] Prefix) BerthExecutable(string? explicitPath)
    {
        var path = explicitPath ?? BerthCandidates.FirstOrDefault(p => File.Exists(p) && !Directory.Exists(p))
            ?? throw new BenchmarkException(
                "Berth's Release build was not found (looked for " + string.Join(", ", BerthCandidates) + "). " +
                "Build it with `dotnet build -c Release server/Berth.Cli`, or pass --berth PATH.");
        if (!File.Exists(path)) throw new BenchmarkException($"--berth {path}: no such file.");
        return path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [path]) : (path, []);
    }

    public void RequirePeer()
    {
        if (!File.Exists(PeerServerScript) || !File.Exists(PeerLintCli))
            throw new BenchmarkException(
                $"The peer is not installed under {PeerFolder}. Install it with `npm ci --prefix bench/peer` (scripts/bench.sh does this).");
    }
}
