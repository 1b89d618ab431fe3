namespace Berth.Cli.Output;

/// <summary>The output formats of <c>berth lint --format</c>.</summary>
public static class ReportFormats
{
    public static readonly IReadOnlyList<string> Names = ["tty", "json", "sarif", "checkstyle", "gitlab", "junit"];

    public static IReportFormatter Create(string name, bool color) => name switch
    {
        "tty" => new TtyFormatter(color),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "checkstyle" => new CheckstyleFormatter(),
        "gitlab" => new GitLabFormatter(),
        "junit" => new JUnitFormatter(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown format; the command line accepts only the known names."),
    };
}
