using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Documents;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>The LSP diagnostics check COPY sources against the folder of a file: document, and only of those.</summary>
public sealed class BuildContextDiagnosticsTests : IDisposable
{
    private const string Text = "FROM alpine:3.20\nCOPY app.py notes.md /app/\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("berth-ctx-lsp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_document_gets_the_context_rules_at_the_source_position()
    {
        File.WriteAllText(Path.Combine(_folder, ".dockerignore"), "*.md\n");
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "n\n");
        var uri = new Uri(Path.Combine(_folder, "Dockerfile")).AbsoluteUri;

        var diagnostics = DocumentDiagnostics.Compute(new DocumentSnapshot(uri, "dockerfile", 1, Text), BerthSettings.Default, CancellationToken.None);

        var missing = Assert.Single(diagnostics, d => d.Code == "BER0030");
        Assert.Equal((1, 5, 1, 11), (missing.Range.Start.Line, missing.Range.Start.Character, missing.Range.End.Line, missing.Range.End.Character));
        var ignored = Assert.Single(diagnostics, d => d.Code == "CopyIgnoredFile");
        Assert.Equal((1, 12, 1, 20), (ignored.Range.Start.Line, ignored.Range.Start.Character, ignored.Range.End.Line, ignored.Range.End.Character));
    }

    [Fact]
    public void An_untitled_document_has_no_context_rules()
    {
        var diagnostics = DocumentDiagnostics.Compute(new DocumentSnapshot("untitled:Untitled-1", "dockerfile", 1, Text), BerthSettings.Default, CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Code is "BER0030" or "CopyIgnoredFile");
        Assert.NotEmpty(DocumentDiagnostics.Compute(new DocumentSnapshot("untitled:Untitled-1", "dockerfile", 1, "FROM a\nFOO x\n"), BerthSettings.Default, CancellationToken.None));
    }
}
