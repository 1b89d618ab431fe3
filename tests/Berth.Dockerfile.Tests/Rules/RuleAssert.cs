using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Rules;

internal static class RuleAssert
{
    public static IReadOnlyList<Diagnostic> Lint(string text) => Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default);

    public static void Fires(string text, string code, string spanText)
    {
        var found = Lint(text).Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"expected {code} in:\n{text}\ngot: {string.Join(", ", Lint(text).Select(d => d.Code))}");
        Assert.Contains(spanText, found.Select(d => text.Substring(d.Span.Start, d.Span.Length)));
        Assert.All(found, d => Assert.EndsWith($"/docs/rules/{code}.md", d.HelpUri!.ToString(), StringComparison.Ordinal));
    }

    public static void Silent(string text, string code)
    {
        var found = Lint(text).Where(d => d.Code == code).Select(d => $"{d.Code} at {d.Span}: {d.Message}");
        Assert.Empty(found);
    }

    /// <summary>Applies the first fix of the finding and returns the new text.</summary>
    public static string Fix(string text, string code)
    {
        var diagnostic = Lint(text).First(d => d.Code == code);
        return FixApplier.Apply(text, diagnostic.Fixes[0].Edits);
    }
}
