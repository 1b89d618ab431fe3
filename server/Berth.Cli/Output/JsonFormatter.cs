using System.Text.Json;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>A JSON array of findings, with hadolint's field names (file, line, column, code, level, message) plus end positions and the help link.</summary>
public sealed class JsonFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var findings = Finding.Of(reports).Select(f => new
        {
            file = f.Path,
            line = f.Line,
            column = f.Column,
            endLine = f.EndLine,
            endColumn = f.EndColumn,
            code = f.Code,
            level = Finding.SeverityName(f.Severity),
            message = f.Message,
            helpUri = f.HelpUri,
        });
        output.WriteLine(JsonSerializer.Serialize(findings, OutputJson.Options));
    }
}
