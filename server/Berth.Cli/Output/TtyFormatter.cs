using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>
/// The human format, one line per finding: <c>path:line:col: severity code message</c> (the shape editors
/// and terminals turn into links), coloured by severity on a terminal, then a one-line summary.
/// </summary>
public sealed class TtyFormatter(bool color) : IReportFormatter
{
    private const string Reset = "\e[0m";

    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var count = 0;
        foreach (var finding in Finding.Of(reports))
        {
            count++;
            var location = $"{finding.Path}:{finding.Line}:{finding.Column}:";
            var severity = Finding.SeverityName(finding.Severity);
            output.WriteLine(color
                ? $"\e[1m{location}{Reset} {Colour(finding.Severity)}{severity}{Reset} \e[2m{finding.Code}{Reset} {finding.Message}"
                : $"{location} {severity} {finding.Code} {finding.Message}");
        }
        var files = reports.Count == 1 ? "1 file" : $"{reports.Count} files";
        output.WriteLine(count == 0 ? $"No findings in {files}." : $"{count} finding{(count == 1 ? "" : "s")} in {files}.");
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\e[31m",
        Severity.Warning => "\e[33m",
        Severity.Info => "\e[36m",
        _ => "\e[90m",
    };
}
