using System.Xml.Linq;
using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>Checkstyle XML (read by Jenkins and many CI dashboards): one file element per Dockerfile, one error element per finding.</summary>
public sealed class CheckstyleFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("checkstyle", new XAttribute("version", "4.3"),
                reports.Select(report => new XElement("file", new XAttribute("name", report.File.DisplayPath),
                    Finding.Of(report).Select(f => new XElement("error",
                        new XAttribute("line", f.Line),
                        new XAttribute("column", f.Column),
                        new XAttribute("severity", Severity(f.Severity)),
                        new XAttribute("message", f.Message),
                        new XAttribute("source", f.Code)))))));
        output.WriteLine(document.Declaration + Environment.NewLine + document.ToString());
    }

    // Checkstyle knows error, warning, info and ignore; style findings are the mildest, so info.
    private static string Severity(Severity severity) => severity switch
    {
        Dockerfile.Diagnostics.Severity.Error => "error",
        Dockerfile.Diagnostics.Severity.Warning => "warning",
        _ => "info",
    };
}
