namespace Berth.Manifest.Templates;

/// <summary>An expanded value, or one sentence saying why it couldn't be expanded.</summary>
public sealed record TemplateResult(string? Value, string? Error)
{
    public bool Succeeded => Error is null;

    public static TemplateResult Ok(string value) => new(value, null);

    public static TemplateResult Fail(string error) => new(null, error);
}
