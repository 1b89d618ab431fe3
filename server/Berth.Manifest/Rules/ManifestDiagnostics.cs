using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;

namespace Berth.Manifest.Rules;

/// <summary>Makes manifest diagnostics with their documentation link filled in, so no rule forgets it.</summary>
public static class ManifestDiagnostics
{
    public static Diagnostic Create(string code, Severity severity, TextSpan span, string message) =>
        new(code, severity, span, message) { HelpUri = RuleDescriptor.HelpUriOf(code) };

    public static Diagnostic Error(string code, TextSpan span, string message) => Create(code, Severity.Error, span, message);

    public static Diagnostic Warning(string code, TextSpan span, string message) => Create(code, Severity.Warning, span, message);

    public static Diagnostic Info(string code, TextSpan span, string message) => Create(code, Severity.Info, span, message);
}
