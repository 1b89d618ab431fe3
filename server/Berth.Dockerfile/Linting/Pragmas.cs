using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Linting;

/// <summary>
/// The in-file configuration: <c># hadolint ignore=ID,ID [# reason]</c> on the comment lines right before an
/// instruction, <c># hadolint global ignore=...</c>, <c># hadolint shell=...</c> and the <c># check=skip=...;error=true</c>
/// parser directive.
/// </summary>
public sealed class Pragmas
{
    private readonly List<(TextSpan Instruction, string[] Ids)> _instructionIgnores = [];

    public IReadOnlyList<string> GlobalIgnores { get; private set; } = [];

    /// <summary>The shell named by <c># hadolint shell=</c>, if any.</summary>
    public string? Shell { get; private set; }

    /// <summary>BuildKit check names skipped by <c># check=skip=</c> ("all" for every one).</summary>
    public IReadOnlyList<string> CheckSkips { get; private set; } = [];

    /// <summary><c># check=error=true</c>: BuildKit check warnings fail the build.</summary>
    public bool CheckErrors { get; private set; }

    /// <summary>Experimental BuildKit checks turned on by <c># check=experimental=A,B</c> ("all" for every one).</summary>
    public IReadOnlyList<string> CheckExperimental { get; private set; } = [];

    /// <summary>The <c># hadolint ignore=...</c> comments (not the global ones), for DL1001.</summary>
    public IReadOnlyList<TextSpan> InlineIgnoreComments => _inlineIgnoreComments;

    private readonly List<TextSpan> _inlineIgnoreComments = [];

    public static Pragmas Read(DockerfileSyntax syntax)
    {
        var pragmas = new Pragmas();
        var globals = new List<string>();
        var pending = new List<string>();
        foreach (var node in syntax.Nodes)
        {
            switch (node)
            {
                case CommentSyntax comment:
                    if (PragmaOf(comment.Text) is not { } rest) break;
                    if (IsInstructionIgnore(rest))
                    {
                        pending.AddRange(Ids(rest["ignore=".Length..]));
                        pragmas._inlineIgnoreComments.Add(comment.Span);
                    }
                    else if (rest.StartsWith("global", StringComparison.Ordinal) && rest[6..].Trim().StartsWith("ignore=", StringComparison.Ordinal))
                        globals.AddRange(Ids(rest[6..].Trim()["ignore=".Length..]));
                    else if (rest.StartsWith("shell=", StringComparison.Ordinal)) pragmas.Shell = rest["shell=".Length..].Split(' ', '#')[0].Trim();
                    break;
                case ParserDirectiveSyntax directive when directive.Name.Equals("check", StringComparison.OrdinalIgnoreCase):
                    pragmas.ReadCheck(directive.Value);
                    break;
                case InstructionSyntax instruction:
                    if (pending.Count > 0) pragmas._instructionIgnores.Add((instruction.FullSpan, pending.ToArray()));
                    pending.Clear();
                    break;
            }
        }
        pragmas.GlobalIgnores = globals;
        return pragmas;
    }

    /// <summary>What a comment tells hadolint (the text after "hadolint"), or null when it is no pragma.</summary>
    internal static string? PragmaOf(string comment)
    {
        var body = comment.TrimStart('#').Trim();
        return body.StartsWith("hadolint", StringComparison.Ordinal) ? body["hadolint".Length..].Trim() : null;
    }

    /// <summary>True for <c>ignore=...</c>, which applies to the next instruction only; every other pragma applies to the whole file.</summary>
    internal static bool IsInstructionIgnore(string pragma) => pragma.StartsWith("ignore=", StringComparison.Ordinal);

    private static IEnumerable<string> Ids(string list)
    {
        var hash = list.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) list = list[..hash];
        return list.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .TakeWhile(id => id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
    }

    private void ReadCheck(string value)
    {
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) continue;
            var key = part[..eq].Trim();
            var v = part[(eq + 1)..].Trim();
            if (key.Equals("skip", StringComparison.OrdinalIgnoreCase))
                CheckSkips = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            else if (key.Equals("experimental", StringComparison.OrdinalIgnoreCase))
                CheckExperimental = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            else if (key.Equals("error", StringComparison.OrdinalIgnoreCase))
                CheckErrors = v.Equals("true", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The ids ignored by pragmas for a finding that starts at <paramref name="offset"/>.</summary>
    /// <remarks>A binary search (the instructions are in document order and never overlap): every finding asks,
    /// and a file with a pragma on every instruction would otherwise cost findings × pragmas.</remarks>
    public IEnumerable<string> IgnoredAt(int offset)
    {
        int low = 0, high = _instructionIgnores.Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var (span, ids) = _instructionIgnores[middle];
            if (span.Contains(offset)) return ids;
            if (offset < span.Start) high = middle - 1;
            else low = middle + 1;
        }
        return [];
    }
}
