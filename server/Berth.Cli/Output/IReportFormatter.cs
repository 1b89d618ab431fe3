using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>Writes the findings of a lint run in one output format.</summary>
public interface IReportFormatter
{
    void Write(IReadOnlyList<FileReport> reports, TextWriter output);
}
