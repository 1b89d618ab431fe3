using BenchmarkDotNet.Running;
using Berth.Benchmarks;
using Berth.Benchmarks.Comparison;
using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Lint;
using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Micro;
using Berth.Benchmarks.Profile;

const string Usage = """
    Berth benchmarks.  dotnet run -c Release --project bench/Berth.Benchmarks -- MODE [OPTIONS]

    Modes:
      lsp       Replays one editor session against `berth lsp --stdio` and the peer
                (dockerfile-language-server-nodejs) as real processes; prints per-step medians,
                Berth/peer ratios and peak memory in one markdown table.
                  --sizes 100,1000,10000,50000   document sizes in lines
                  --sessions N                    fresh sessions per size and server (default 5)
                  --keystrokes N                  timed edits per session (default 10: the median is then a keystroke while typing, not the first ones, which pay one-time costs)
                  --timeout SECONDS               limit of any one step (default 60)
                  --berth PATH                    Berth executable or berth.dll (default: the Release build)
                  --out FILE                      also write the table to FILE
      lint      `berth lint` over a folder of realistic Dockerfiles vs the peer's `dockerfile-utils lint`.
                  --files N (default 300)  --runs N (default 5)  --berth PATH  --out FILE
      micro     BenchmarkDotNet micro-benchmarks of the core (parse, semantic model, rules,
                formatting, semantic tokens) at 100 to 50,000 lines. Arguments after `micro` go to
                BenchmarkDotNet, e.g. `micro --filter *Parse*`.
      profile   A quick in-process profile (seconds, not minutes): median time and bytes allocated of every
                step of a keystroke (parse, model, rules, editing features) per size, the growth between
                sizes, and the slowest rules.   --sizes 1000,10000,50000  --runs N (default 5)
      generate  Prints a generated Dockerfile.  --lines N (default 1000)
      corpus    Writes the lint corpus.  --out FOLDER  --files N (default 300)

    The peer is installed by scripts/bench.sh (npm ci --prefix bench/peer).
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    var mode = args[0];
    if (mode == "micro")
    {
        BenchmarkSwitcher.FromTypes(MicroBenchmarks.Types).Run(args[1..], MicroBenchmarks.Config());
        return 0;
    }
    var options = new BenchmarkOptions(args[1..]);
    switch (mode)
    {
        case "lsp":
        {
            var layout = RepositoryLayout.Find();
            var sizes = options.Ints("sizes", SizedDockerfileGenerator.StandardSizes);
            var sessions = options.String("sessions") is null ? (int?)null : options.Int("sessions", 1);
            var sessionOptions = new SessionOptions(TimeSpan.FromSeconds(options.Int("timeout", 60)), options.Int("keystrokes", SessionOptions.Default.Keystrokes));
            var berthPath = options.String("berth");
            var output = options.String("out");
            options.RejectUnknown(mode);
            layout.RequirePeer();
            var (berthFile, berthPrefix) = layout.BerthExecutable(berthPath);
            var berth = new ServerCommand(ComparisonTable.Berth, berthFile, [.. berthPrefix, "lsp", "--stdio"]);
            var peer = new ServerCommand(ComparisonTable.Peer, "node", [layout.PeerServerScript, "--stdio"]);
            Console.Error.WriteLine($"Berth: {berth}\nPeer:  {peer}\nMachine: {Environment.ProcessorCount} cores; other work on it slows both servers alike.");
            var table = await LspComparison.RunAsync(berth, peer, sizes, _ => sessions ?? LspComparison.DefaultSessions, sessionOptions, Console.Error);
            Console.WriteLine(table);
            if (output is not null) await File.WriteAllTextAsync(output, table);
            return 0;
        }
        case "lint":
        {
            var layout = RepositoryLayout.Find();
            var files = options.Int("files", RealisticCorpus.DefaultCount);
            var runs = options.Int("runs", 5);
            var berthPath = options.String("berth");
            var output = options.String("out");
            options.RejectUnknown(mode);
            layout.RequirePeer();
            var table = await LintThroughput.RunAsync(layout, layout.BerthExecutable(berthPath), files, runs, Console.Error);
            Console.WriteLine(table);
            if (output is not null) await File.WriteAllTextAsync(output, table);
            return 0;
        }
        case "profile":
        {
            var sizes = options.Ints("sizes", [1_000, 10_000, 50_000]);
            var runs = options.Int("runs", 5);
            options.RejectUnknown(mode);
            Console.WriteLine(StageProfile.Run(sizes, runs, Console.Error));
            return 0;
        }
        case "generate":
        {
            var lines = options.Int("lines", 1000);
            options.RejectUnknown(mode);
            Console.Write(SizedDockerfileGenerator.Generate(lines));
            return 0;
        }
        case "corpus":
        {
            var folder = options.String("out") ?? throw new BenchmarkException("corpus needs --out FOLDER.");
            var files = options.Int("files", RealisticCorpus.DefaultCount);
            options.RejectUnknown(mode);
            Console.WriteLine($"Wrote {RealisticCorpus.WriteTo(folder, files).Count} Dockerfiles under {folder}.");
            return 0;
        }
        default:
            throw new BenchmarkException($"Unknown mode \"{mode}\": use lsp, lint, micro, profile, generate or corpus.");
    }
}
catch (BenchmarkException e)
{
    Console.Error.WriteLine($"berth-benchmarks: {e.Message}");
    return 2;
}
