namespace Berth.Manifest.Templates;

/// <summary>
/// The facts an image tag template can use, gathered by the caller (git, the clock): this layer reads no
/// clock and runs no git. A null value means "not available" (no git repository, say).
/// </summary>
public sealed record TemplateValues(string? GitSha, string? GitBranch, DateTimeOffset? Now);
