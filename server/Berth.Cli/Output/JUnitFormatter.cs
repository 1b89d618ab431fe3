using System.Xml.Linq;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>
/// JUnit XML, for CI systems that only show test reports: one test suite per Dockerfile, one failed test
/// case per finding, and one passing case for a file without findings (so clean files show up as passed).
/// </summary>
public sealed class JUnitFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var suites = reports.Select(report =>
        {
            var findings = Finding.Of(report).ToList();
            var cases = findings.Count == 0
                ? [new XElement("testcase", new XAttribute("name", "berth lint"), new XAttribute("classname", report.File.DisplayPath))]
                : findings.Select(f => new XElement("testcase",
                    new XAttribute("name", $"{f.Code} at {f.Line}:{f.Column}"),
                    new XAttribute("classname", f.Path),
                    new XElement("failure",
                        new XAttribute("message", f.Message),
                        new XAttribute("type", Finding.SeverityName(f.Severity)),
                        $"{f.Path}:{f.Line}:{f.Column}: {Finding.SeverityName(f.Severity)} {f.Code} {f.Message}\n{f.HelpUri}"))).ToList();
            return new XElement("testsuite",
                new XAttribute("name", report.File.DisplayPath),
                new XAttribute("tests", cases.Count),
                new XAttribute("failures", findings.Count),
                new XAttribute("errors", 0),
                cases);
        }).ToList();
        var total = suites.Sum(s => (int)s.Attribute("tests")!);
        var failures = suites.Sum(s => (int)s.Attribute("failures")!);
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("testsuites", new XAttribute("name", "berth lint"), new XAttribute("tests", total), new XAttribute("failures", failures), suites));
        output.WriteLine(document.Declaration + Environment.NewLine + document.ToString());
    }
}
