using System.Text.Json;
using Berth.Dockerfile.Diagnostics;
using Berth.LanguageServer.Server;
using Berth.Workspace.Linting;

namespace Berth.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (what GitHub code scanning uploads): one run, the rules that fired with their help links,
/// and one result per finding. Columns are UTF-16 code units, SARIF's default column kind.
/// </summary>
public sealed class SarifFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        var findings = Finding.Of(reports).ToList();
        var rules = findings.Select(f => f.Diagnostic).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var log = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new
                    {
                        driver = new
                        {
                            name = "berth",
                            version = BerthVersion.Current,
                            informationUri = "https://github.com/berth-tools/berth",
                            rules = rules.Select(d => new
                            {
                                id = d.Code,
                                helpUri = Finding.HelpUriOf(d),
                                help = new { text = $"See {Finding.HelpUriOf(d)}" },
                                defaultConfiguration = new { level = Level(d.Severity) },
                            }),
                        },
                    },
                    results = findings.Select(f => new
                    {
                        ruleId = f.Code,
                        ruleIndex = ruleIndex[f.Code],
                        level = Level(f.Severity),
                        message = new { text = f.Message },
                        locations = new[]
                        {
                            new
                            {
                                physicalLocation = new
                                {
                                    artifactLocation = new { uri = f.Path.Replace('\\', '/') },
                                    region = new { startLine = f.Line, startColumn = f.Column, endLine = f.EndLine, endColumn = f.EndColumn },
                                },
                            },
                        },
                    }),
                },
            },
        };
        output.WriteLine(JsonSerializer.Serialize(log, OutputJson.Options));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
