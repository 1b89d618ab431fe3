using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>
/// One finding as the output formats show it: 1-based line and column (columns count UTF-16 code units,
/// like editors and SARIF's default), with the rule's documentation link.
/// </summary>
public sealed record Finding(string Path, int Line, int Column, int EndLine, int EndColumn, Diagnostic Diagnostic)
{
    public string Code => Diagnostic.Code;

    public string Message => Diagnostic.Message;

    public Severity Severity => Diagnostic.Severity;

    public string HelpUri => HelpUriOf(Diagnostic);

    public static string HelpUriOf(Diagnostic diagnostic) => (diagnostic.HelpUri ?? RuleDescriptor.HelpUriOf(diagnostic.Code)).ToString();

    public static IEnumerable<Finding> Of(FileReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Lines;
        foreach (var diagnostic in report.Diagnostics)
        {
            var range = lines.RangeOf(diagnostic.Span);
            yield return new Finding(report.File.DisplayPath, range.Start.Line + 1, range.Start.Character + 1, range.End.Line + 1, range.End.Character + 1, diagnostic);
        }
    }

    public static IEnumerable<Finding> Of(IEnumerable<FileReport> reports) => reports.SelectMany(Of);

    /// <summary>The lowercase severity name users type in flags and see in output.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "style",
    };
}
