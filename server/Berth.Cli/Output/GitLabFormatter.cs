using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>
/// GitLab Code Quality report (a JSON array of issues). The fingerprint identifies a finding across
/// pipelines, so it hashes what the finding is and where (file, rule, line, message), not when it ran.
/// </summary>
public sealed class GitLabFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var issues = Finding.Of(reports).Select(f => new
        {
            description = f.Message,
            check_name = f.Code,
            fingerprint = Fingerprint(f),
            severity = Severity(f.Severity),
            location = new { path = f.Path.Replace('\\', '/'), lines = new { begin = f.Line } },
        });
        output.WriteLine(JsonSerializer.Serialize(issues, OutputJson.Options));
    }

    private static string Fingerprint(Finding f) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{f.Path}\n{f.Code}\n{f.Line}\n{f.Column}\n{f.Message}")));

    private static string Severity(Severity severity) => severity switch
    {
        Dockerfile.Diagnostics.Severity.Error => "major",
        Dockerfile.Diagnostics.Severity.Warning => "minor",
        _ => "info",
    };
}
