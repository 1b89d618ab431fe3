using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Shell;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.ShellCheck;

/// <summary>
/// The scripts ShellCheck checks in a Dockerfile, one or more per shell-form RUN (ONBUILD RUN included):
/// <list type="bullet">
/// <item>the command, joined as Docker joins it (continuations, comment lines and blank lines inside them removed,
/// whatever the escape character), together with the heredoc bodies it reads, the way BuildKit hands it to the shell;</item>
/// <item>a RUN that is only a heredoc (<c>RUN &lt;&lt;EOF</c>) runs the body as the script: its <c>#!</c> line, when
/// present, names the shell (a python shebang means no check), otherwise the stage's;</item>
/// <item>a RUN that feeds heredocs to a shell (<c>RUN bash &lt;&lt;EOF</c>) runs each body as a script of that shell.</item>
/// </list>
/// The shell comes from <c># hadolint shell=</c> or the stage's SHELL; shells ShellCheck cannot read are skipped. The
/// ARG and ENV names visible at the RUN, and the proxy arguments BuildKit predefines, are pre-declared on a first
/// line (<c>export NAME ...</c>) so that ShellCheck does not report them as never assigned. No value is given:
/// a build argument may hold spaces, so ShellCheck should still ask for quotes (SC2086), where hadolint's
/// <c>export NAME=1</c> silences that.
/// </summary>
public static class ShellCheckScripts
{
    public static IReadOnlyList<ShellCheckScript> Of(DockerfileDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pragmas = Pragmas.Read(document.Syntax);
        var scripts = new List<ShellCheckScript>();
        foreach (var instruction in document.Syntax.Instructions)
        {
            var run = instruction.Trigger ?? instruction;
            if (run.Kind != InstructionKind.Run || run.CommandStart < 0 || run.ExecForm is not null) continue;
            var shell = pragmas.Shell is { } pragmaShell ? [pragmaShell] : document.Semantics.ShellOf(instruction);
            var dialect = ShellCheckDialect.Of(shell);
            if (dialect is null) continue;
            var declarations = Declarations(document.Semantics, instruction);
            AddScripts(document.Text, instruction, run, dialect, declarations, scripts);
        }
        return scripts;
    }

    private static void AddScripts(string text, InstructionSyntax instruction, InstructionSyntax run, string dialect, string declarations, List<ShellCheckScript> into)
    {
        var command = run.ShellCommand ?? "";
        if (command.Trim().Length == 0) return;
        var heredocs = instruction.Heredocs.Count > 0 ? instruction.Heredocs : run.Heredocs;

        if (heredocs.Count == 1 && command.Trim() == text.Substring(heredocs[0].MarkerSpan.Start, heredocs[0].MarkerSpan.Length))
        {
            AddBody(text, instruction, heredocs[0], dialect, declarations, into);
            return;
        }

        var line = run.Line;
        if (heredocs.Count > 0)
        {
            var parsed = ShellScript.Parse(command, (_, _) => default);
            var shells = parsed.Commands.Select(c => ShellCheckDialect.OfProgram(c.Name)).ToList();
            if (shells.Count > 0 && shells.All(s => s is not null))
            {
                foreach (var heredoc in heredocs) AddBody(text, instruction, heredoc, shells[0]!, declarations, into);
                return;
            }
        }

        var writer = new ScriptWriter();
        writer.Synthetic(declarations);
        for (var i = run.CommandStart; i < run.ArgumentsEnd; i++) writer.Source(line.Text[i], line.SourceOffset(i));
        writer.Synthetic("\n");
        foreach (var heredoc in heredocs)
        {
            writer.SourceText(text, heredoc.BodySpan.Start, heredoc.BodySpan.End);
            if (heredoc.TerminatorSpan is { } terminator)
            {
                if (!writer.EndsWithNewLine) writer.Synthetic("\n");
                writer.SourceText(text, terminator.Start, terminator.End);
                writer.Synthetic("\n");
            }
        }
        Add(writer, dialect, instruction, into);
    }

    // A heredoc body run as a script. <<- strips the leading tabs of each line before the shell sees it.
    private static void AddBody(string text, InstructionSyntax instruction, HeredocSyntax heredoc, string dialect, string declarations, List<ShellCheckScript> into)
    {
        var body = heredoc.BodySpan;
        if (text.AsSpan(body.Start, body.Length).Trim().Length == 0) return;
        var writer = new ScriptWriter();
        var start = body.Start;
        if (text.AsSpan(start, body.Length).StartsWith("#!"))
        {
            var lineEnd = text.IndexOfAny(['\r', '\n'], start, body.Length);
            if (lineEnd < 0) lineEnd = body.End;
            var shebangDialect = ShellCheckDialect.OfShebang(text[start..lineEnd]);
            if (shebangDialect is null) return;
            dialect = shebangDialect;
            // The #! line stays first (ShellCheck wants it there); the declarations follow it.
            var next = lineEnd < body.End && text[lineEnd] == '\r' && lineEnd + 1 < body.End && text[lineEnd + 1] == '\n' ? lineEnd + 2 : Math.Min(lineEnd + 1, body.End);
            writer.SourceText(text, start, next);
            if (!writer.EndsWithNewLine) writer.Synthetic("\n");
            start = next;
        }
        writer.Synthetic(declarations);
        var atLineStart = true;
        for (var i = start; i < body.End; i++)
        {
            var c = text[i];
            if (heredoc.StripsLeadingTabs && atLineStart && c == '\t') continue;
            atLineStart = c is '\n' or '\r';
            if (c == '\r')
            {
                if (i + 1 < body.End && text[i + 1] == '\n') continue;
                c = '\n';
            }
            writer.Source(c, i);
        }
        if (!writer.EndsWithNewLine) writer.Synthetic("\n");
        Add(writer, dialect, instruction, into);
    }

    private static void Add(ScriptWriter writer, string dialect, InstructionSyntax instruction, List<ShellCheckScript> into)
    {
        var (text, offsets) = writer.Build();
        into.Add(new ShellCheckScript(text, offsets, dialect, instruction));
    }

    /// <summary>The pre-declaration line: every ARG/ENV visible at the instruction plus BuildKit's proxy arguments.</summary>
    private static string Declarations(SemanticModel model, InstructionSyntax instruction)
    {
        var names = model.ScopeOf(instruction).Keys.Concat(PredefinedArgs.Others)
            .Where(IsShellName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "\n" : "export " + string.Join(" ", names) + "\n";
    }

    private static bool IsShellName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
