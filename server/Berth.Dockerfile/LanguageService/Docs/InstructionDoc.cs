namespace Berth.Dockerfile.LanguageService.Docs;

/// <summary>Our own documentation of one instruction: what it does, its shapes, an example.</summary>
public sealed record InstructionDoc(string Keyword, string Summary, IReadOnlyList<string> Signatures, string Example)
{
    /// <summary>Markdown for hover and completion.</summary>
    public string ToMarkdown() =>
        $"**{Keyword}** — {Summary}\n\n```dockerfile\n{string.Join("\n", Signatures)}\n```\n\nExample:\n\n```dockerfile\n{Example}\n```";
}

/// <summary>Our own documentation of one flag of an instruction (or one parser directive).</summary>
public sealed record FlagDoc(string Name, string Summary, string Example, IReadOnlyList<string> Values)
{
    public string ToMarkdown() => $"**--{Name}** — {Summary}\n\n```dockerfile\n{Example}\n```";
}
