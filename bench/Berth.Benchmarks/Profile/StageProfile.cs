using System.Diagnostics;
using System.Runtime.CompilerServices;
using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Measurement;
using Berth.Benchmarks.Reporting;
using Berth.Dockerfile;
using Berth.Dockerfile.LanguageService.Folding;
using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Rules;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.Benchmarks.Profile;

/// <summary>
/// A quick in-process profile of every step a keystroke costs (line index, syntax tree, semantic model, the
/// whole snapshot, every lint rule, the editing features), at several sizes: median time and bytes allocated
/// per step (CPU time, not wall time: on a shared machine the wall clock mostly measures the neighbours), and the growth from one size to the next, so a step that is not linear stands out. Unlike the
/// BenchmarkDotNet runs it takes seconds, which is what finding a hotspot needs; the slowest rules are listed
/// by name.
/// </summary>
public static class StageProfile
{
    private sealed record Stage(string Name, Func<DockerfileDocument, object?> Run);

    private static readonly Stage[] Stages =
    [
        new("line index", d => LineIndex.Create(d.Text)),
        new("syntax tree", d => DockerfileSyntax.Parse(d.Text)),
        new("semantic model", d => SemanticModel.Build(d.Syntax)),
        new("whole snapshot (parse + model + first set)", d => DockerfileDocument.Parse(d.Text)),
        new("lint rules + settings", d => Linter.Lint(d, LintSettings.Default)),
        new("LSP diagnostics (lint + convert)", d => LspDiagnostics(d)),
        new("publishDiagnostics JSON", d => PublishJson(FirstVersion(d))),
        new("publishDiagnostics JSON, second version", d => PublishJson(SecondVersion(d))),
        new("keystroke: LSP diagnostics of the next version (incremental)", d => Keystroke(d)),
        new("symbol table", d => SymbolTable.Build(d.Syntax)),
        new("outline (documentSymbol)", d => DocumentOutline.Build(d, SymbolTable.Build(d.Syntax))),
        new("semantic tokens", d => SemanticTokenizer.Tokenize(d)),
        new("formatting", d => DockerfileFormatter.Format(d)),
        new("folding", d => FoldingRegions.Compute(d, SymbolTable.Build(d.Syntax))),
    ];

    private static readonly ConditionalWeakTable<DockerfileDocument, IReadOnlyList<LspDiagnostic>> Published = [];

    private static IReadOnlyList<LspDiagnostic> LspDiagnostics(DockerfileDocument document) =>
        DocumentDiagnostics.Compute(new DocumentSnapshot("untitled:Dockerfile", "dockerfile", 1, document.Text), BerthSettings.Default, CancellationToken.None);

    private sealed class Typing(string text)
    {
        public DockerfileLintCache Cache { get; } = new();

        public string[] Versions { get; } = [text, TypeInTheMiddle(text)];

        public int Next { get; set; }
    }

    private static readonly ConditionalWeakTable<DockerfileDocument, Typing> Typed = [];

    // One keystroke as the server handles it: the next version's diagnostics from the previous version's (the two
    // versions alternate, so every run is an edit).
    private static int Keystroke(DockerfileDocument document)
    {
        var typing = Typed.GetValue(document, d => new Typing(d.Text));
        var text = typing.Versions[typing.Next++ % 2];
        var snapshot = new DocumentSnapshot("untitled:Dockerfile", "dockerfile", typing.Next, text);
        return typing.Cache.Compute(snapshot, LintSettings.Default, () => null, CancellationToken.None).Count;
    }

    // Where the LSP comparison types: the end of a comment line near the middle.
    private static string TypeInTheMiddle(string text)
    {
        var middle = text.Length / 2;
        var comment = text.IndexOf("\n#", middle, StringComparison.Ordinal);
        var end = text.IndexOf('\n', comment + 1);
        return text.Insert(end, "x");
    }

    // The notification's params as the server writes them (EncodedJson: the LSP serializer straight to UTF-8, the
    // diagnostics from their cached texts); the message handler then only copies the bytes.
    private static long PublishJson(IReadOnlyList<LspDiagnostic> diagnostics)
    {
        using var encoded = EncodedJson.Of(new PublishDiagnosticsParams("untitled:Dockerfile", 1, diagnostics));
        return encoded.Utf8Bytes.Length;
    }

    // A version whose every diagnostic is a new object (a shallow copy: new identity, same content), so that no
    // diagnostic's JSON text is cached yet: the cost of a document's first publish.
    private static LspDiagnostic[] FirstVersion(DockerfileDocument document) =>
        [.. Published.GetValue(document, LspDiagnostics).Select(d => d with { })];

    // The next version after a local edit: the previous list's objects (their text already written by the warm-up
    // runs) with 1% of them replaced by new objects, as the incremental analysis hands them over.
    private static LspDiagnostic[] SecondVersion(DockerfileDocument document)
    {
        var previous = Published.GetValue(document, LspDiagnostics);
        var next = new LspDiagnostic[previous.Count];
        for (var i = 0; i < next.Length; i++) next[i] = i % 100 == 50 ? previous[i] with { } : previous[i];
        return next;
    }

    public static string Run(IReadOnlyList<int> sizes, int runs, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var table = new MarkdownTable(["Step", .. sizes.Select(s => $"{s:N0} lines"), .. sizes.Skip(1).Select((s, i) => $"×{(double)s / sizes[i]:0.#} size")],
            [Alignment.Left, .. sizes.Select(_ => Alignment.Right), .. sizes.Skip(1).Select(_ => Alignment.Right)]);
        var documents = sizes.Select(s => DockerfileDocument.Parse(SizedDockerfileGenerator.Generate(s))).ToArray();
        foreach (var stage in Stages)
        {
            progress.WriteLine($"profile: {stage.Name}");
            var measured = documents.Select(d => Measure(() => stage.Run(d), runs)).ToArray();
            table.AddRow([stage.Name, .. measured.Select(m => $"{Format.Milliseconds(m.Ms)} / {Format.Bytes(m.Bytes)}"),
                .. measured.Skip(1).Select((m, i) => $"{m.Ms / Math.Max(measured[i].Ms, 0.001):0.0}×")]);
        }
        var rules = new MarkdownTable(["Rule (largest size)", "Time", "Allocated"], [Alignment.Left, Alignment.Right, Alignment.Right]);
        var largest = documents[^1];
        var pragmas = Pragmas.Read(largest.Syntax);
        var perRule = RuleRegistry.Rules
            .Select(rule => (rule, m: Measure(() => rule.Check(new RuleContext(largest, LintSettings.Default, pragmas)), runs)))
            .OrderByDescending(p => p.m.Ms).Take(15);
        foreach (var (rule, m) in perRule) rules.AddRow($"{rule.Descriptor.Id} ({rule.GetType().Name})", Format.Milliseconds(m.Ms), Format.Bytes(m.Bytes));
        return $"Median of {runs} warm runs per cell (CPU time of the process, so that other work on the machine counts less / bytes allocated):\n\n{table}\nSlowest rules, each on a fresh rule context:\n\n{rules}";
    }

    private static (double Ms, double Bytes) Measure(Action action, int runs)
    {
        for (var i = 0; i < 2; i++) action();
        var times = new List<double>(runs);
        var bytes = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            action();
            times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            bytes.Add(GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return (Median.Of(times), Median.Of(bytes));
    }
}
