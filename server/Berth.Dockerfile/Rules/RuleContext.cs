using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Rules.Instructions;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Shell;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules;

/// <summary>What a rule sees (document, model, settings, pragmas) and where it reports.</summary>
public sealed class RuleContext(DockerfileDocument document, LintSettings settings, Pragmas pragmas, IBuildContext? buildContext = null, KeywordCasing? fileKeywordCasing = null)
{
    /// <summary>
    /// The keyword casing of the whole file. When only part of a file is checked (see Incremental.IncrementalLinter),
    /// the caller passes the whole file's, since the part alone may lean the other way.
    /// </summary>
    public KeywordCasing FileKeywordCasing => _fileKeywordCasing ??= KeywordCasing.Of(Syntax.Instructions);

    private KeywordCasing? _fileKeywordCasing = fileKeywordCasing;

    private readonly List<Diagnostic> _findings = [];

    public DockerfileDocument Document { get; } = document;

    public DockerfileSyntax Syntax => Document.Syntax;

    public SemanticModel Model => Document.Semantics;

    public LintSettings Settings { get; } = settings;

    public Pragmas Pragmas { get; } = pragmas;

    /// <summary>The build context the Dockerfile is built with, when known (null in pure text checks).</summary>
    public IBuildContext? BuildContext { get; } = buildContext;

    public string Text => Document.Text;

    public IReadOnlyList<Diagnostic> Findings => _findings;

    private readonly Dictionary<InstructionSyntax, IReadOnlyList<ShellScript>> _scripts = [];

    /// <summary>The shell scripts an instruction runs (none for non-RUN, exec form, or a non-POSIX shell).</summary>
    public IReadOnlyList<ShellScript> ScriptsOf(InstructionSyntax instruction)
    {
        if (_scripts.TryGetValue(instruction, out var scripts)) return scripts;
        var shell = Pragmas.Shell is { } pragmaShell ? [pragmaShell] : Model.ShellOf(instruction);
        scripts = RunScripts.IsPosixShell(shell) ? RunScripts.Of(instruction) : [];
        _scripts[instruction] = scripts;
        return scripts;
    }

    private (InstructionSyntax Run, ShellScript Script)[]? _allScripts;
    private (InstructionSyntax Run, ShellCommand Command)[]? _allCommands;

    /// <summary>Every RUN (ONBUILD RUN included) with its scripts, in document order.</summary>
    /// <remarks>Collected once per lint run: dozens of rules ask, and each would otherwise walk every instruction again.</remarks>
    public IEnumerable<(InstructionSyntax Run, ShellScript Script)> Scripts() =>
        _allScripts ??= Syntax.Instructions.SelectMany(i => ScriptsOf(i).Select(s => (i, s))).ToArray();

    /// <summary>Every command of every RUN script, with its instruction (collected once per lint run).</summary>
    public IEnumerable<(InstructionSyntax Run, ShellCommand Command)> Commands() =>
        _allCommands ??= Scripts().SelectMany(p => p.Script.Commands.Select(c => (p.Run, c))).ToArray();

    /// <summary>
    /// True when a rule that is off by default is turned on: a severity override names it (hadolint's way to enable
    /// its "ignore"-level rules: <c>--info DL3057</c>, <c>override.info</c> in .hadolint.yaml) or, for an experimental
    /// BuildKit check, <c># check=experimental=Name</c> (or <c>all</c>) names it.
    /// </summary>
    public bool IsOptedIn(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Settings.SeverityOverrides.Keys.Any(rule.IsNamed)) return true;
        return rule.IsBuildKitCheck && Pragmas.CheckExperimental.Any(name => name.Equals("all", StringComparison.OrdinalIgnoreCase) || rule.IsNamed(name));
    }

    public static CodeFix Insert(string title, int offset, string text) => new(title, [new TextEdit(new TextSpan(offset, 0), text)]);

    public void Report(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        _findings.Add(rule.Create(span, message) with { Fixes = fixes });
}
