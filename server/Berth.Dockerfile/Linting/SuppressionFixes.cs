using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Linting;

/// <summary>
/// The "ignore this rule" fixes every diagnostic offers: a <c># hadolint ignore=ID</c> line before the instruction,
/// or a <c># hadolint global ignore=ID</c> line at the top of the file (after any parser directives).
/// </summary>
public static class SuppressionFixes
{
    public static IReadOnlyList<CodeFix> For(DockerfileDocument document, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var fixes = new List<CodeFix>();
        var instruction = document.Syntax.FindInstruction(diagnostic.Span.Start);
        if (instruction is not null)
        {
            var lineStart = document.Lines.LineStart(document.Lines.LineOf(instruction.KeywordSpan.Start));
            var indent = document.Text[lineStart..instruction.KeywordSpan.Start];
            if (indent.Any(c => c is not (' ' or '\t'))) indent = "";
            fixes.Add(new CodeFix($"Ignore {diagnostic.Code} for this instruction",
                [new TextEdit(new TextSpan(lineStart, 0), $"{indent}# hadolint ignore={diagnostic.Code}{NewLine(document.Text)}")], IsCertain: false));
        }
        var top = document.Syntax.Nodes.TakeWhile(n => n is ParserDirectiveSyntax or ByteOrderMarkSyntax).LastOrDefault()?.FullSpan.End ?? 0;
        var prefix = top > 0 && top == document.Text.Length && !document.Text.EndsWith('\n') ? NewLine(document.Text) : "";
        fixes.Add(new CodeFix($"Ignore {diagnostic.Code} in this file",
            [new TextEdit(new TextSpan(top, 0), $"{prefix}# hadolint global ignore={diagnostic.Code}{NewLine(document.Text)}")], IsCertain: false));
        return fixes;
    }

    private static string NewLine(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}
