using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Semantics;

/// <summary>
/// A build stage: its FROM, index, optional name, base image (as written and with variables expanded where their
/// values are known), platform, the earlier stage it builds on (if any) and its instructions.
/// </summary>
public sealed class BuildStage
{
    internal BuildStage(int index, InstructionSyntax from)
    {
        Index = index;
        From = from;
        var parts = from.From!;
        Name = parts.StageName?.Value;
        NameSpan = parts.StageName?.Span;
        BaseImageText = parts.Image?.Value ?? "";
        BaseImageSpan = parts.Image?.Span;
        Platform = parts.Platform?.Value;
    }

    public int Index { get; }

    public InstructionSyntax From { get; }

    /// <summary>The name after AS as written (stage names are matched case-insensitively).</summary>
    public string? Name { get; }

    public TextSpan? NameSpan { get; }

    /// <summary>The image word as written (quotes removed, variables not expanded).</summary>
    public string BaseImageText { get; }

    public TextSpan? BaseImageSpan { get; }

    /// <summary>The image with variables expanded; null when a variable's value is unknown.</summary>
    public string? BaseImage { get; internal set; }

    public string? Platform { get; }

    /// <summary>The earlier stage named by FROM, when the base is a stage rather than an image.</summary>
    public BuildStage? BaseStage { get; internal set; }

    public List<InstructionSyntax> InstructionList { get; } = [];

    /// <summary>The instructions after FROM up to the next FROM.</summary>
    public IReadOnlyList<InstructionSyntax> Instructions => InstructionList;

    /// <summary>The shell in force at the end of the stage (SHELL changes it; a derived stage inherits it).</summary>
    public IReadOnlyList<string> FinalShell { get; internal set; } = DefaultShell;

    public static readonly IReadOnlyList<string> DefaultShell = ["/bin/sh", "-c"];

    /// <summary>The full span of the stage: from its FROM to the end of its last instruction.</summary>
    public TextSpan Span => TextSpan.FromBounds(From.FullSpan.Start, (InstructionList.Count > 0 ? InstructionList[^1] : From).FullSpan.End);

    public bool IsNamed(string name) => Name is not null && string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
