using System.Text.RegularExpressions;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>The image reference of a FROM, split into registry, repository, tag and digest.</summary>
internal sealed record ImageName(string? Registry, string Repository, string? Tag, string? Digest)
{
    public static ImageName Parse(string image)
    {
        string? digest = null, tag = null, registry = null;
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0) { digest = image[(at + 1)..]; image = image[..at]; }
        var slash = image.LastIndexOf('/');
        var colon = image.LastIndexOf(':');
        if (colon > slash) { tag = image[(colon + 1)..]; image = image[..colon]; }
        var first = image.IndexOf('/', StringComparison.Ordinal);
        if (first > 0)
        {
            var head = image[..first];
            if (head.Contains('.', StringComparison.Ordinal) || head.Contains(':', StringComparison.Ordinal) || head == "localhost") { registry = head; image = image[(first + 1)..]; }
        }
        return new ImageName(registry, image, tag, digest);
    }
}

/// <summary>FROM rules that need the image name: DL3006 (no tag), DL3007 (latest), DL3026 (trusted registries).</summary>
internal abstract class FromImageRule : IRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.BaseStage is not null || stage.BaseImageSpan is not { } span) continue;
            var text = stage.BaseImage ?? stage.BaseImageText;
            if (text.Length == 0 || text.Equals("scratch", StringComparison.OrdinalIgnoreCase) || text.Contains('$', StringComparison.Ordinal)) continue;
            if (stage.BaseImage is null && stage.BaseImageText.Contains('$', StringComparison.Ordinal)) continue;
            Check(context, stage, ImageName.Parse(text), span);
        }
    }

    protected abstract void Check(RuleContext context, BuildStage stage, ImageName image, TextSpan span);
}

internal sealed class TagBaseImage : FromImageRule
{
    public override RuleDescriptor Descriptor { get; } = new("DL3006", Severity.Warning, "Always tag the base image", []);

    protected override void Check(RuleContext context, BuildStage stage, ImageName image, TextSpan span)
    {
        if (image.Tag is null && image.Digest is null)
            context.Report(Descriptor, span, $"'{stage.BaseImageText}' has no tag, so each build may get a different image; add a version tag such as :1.2.");
    }
}

internal sealed class AvoidLatestTag : FromImageRule
{
    public override RuleDescriptor Descriptor { get; } = new("DL3007", Severity.Warning, "Do not use the latest tag", []);

    protected override void Check(RuleContext context, BuildStage stage, ImageName image, TextSpan span)
    {
        if (image.Tag == "latest" && image.Digest is null)
            context.Report(Descriptor, span, "':latest' changes over time, so rebuilds are not repeatable; pin a version tag.");
    }
}

internal sealed class TrustedRegistries : FromImageRule
{
    public override RuleDescriptor Descriptor { get; } = new("DL3026", Severity.Error, "Base image from an untrusted registry", []);

    protected override void Check(RuleContext context, BuildStage stage, ImageName image, TextSpan span)
    {
        var trusted = context.Settings.TrustedRegistries;
        if (trusted.Count == 0) return;
        var registry = image.Registry ?? "docker.io";
        if (trusted.Any(t => Matches(t, registry) || (registry == "docker.io" && t is "hub.docker.com" or "index.docker.io"))) return;
        context.Report(Descriptor, span, $"The registry '{registry}' is not among the trusted registries ({string.Join(", ", trusted)}); use an image from one of them.");
    }

    private static bool Matches(string pattern, string registry) =>
        Regex.IsMatch(registry, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase);
}

/// <summary>RedundantTargetPlatform: --platform=$TARGETPLATFORM is what FROM does anyway.</summary>
internal sealed class RedundantTargetPlatform : IRule
{
    public RuleDescriptor Descriptor { get; } = new("RedundantTargetPlatform", Severity.Warning, "--platform=$TARGETPLATFORM is redundant", ["DL3065"]);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.From?.Platform is not { Value: "$TARGETPLATFORM" or "${TARGETPLATFORM}" } platform) continue;
            context.Report(Descriptor, platform.Span, "FROM already builds for the target platform; remove --platform=$TARGETPLATFORM.",
                new CodeFix("Remove the redundant --platform", [new TextEdit(InstructionText.WithTrailingBlanks(context.Text, platform.Span), "")]));
        }
    }
}

/// <summary>FromPlatformFlagConstDisallowed: a constant --platform pins the stage to one platform for every build.</summary>
internal sealed class FromPlatformFlagConstDisallowed : IRule
{
    public RuleDescriptor Descriptor { get; } = new("FromPlatformFlagConstDisallowed", Severity.Warning, "FROM --platform with a constant value", ["DL3029"]);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.From?.Platform is not { Value: { Length: > 0 } value, ValueSpan: { } span } || value.Contains('$', StringComparison.Ordinal)) continue;
            // A stage named for its platform (build-amd64) is deliberately platform specific.
            var parts = value.Split('/');
            if (stage.Name is { } name && parts.Any(p => p.Length > 0 && name.Contains(p, StringComparison.OrdinalIgnoreCase))) continue;
            context.Report(Descriptor, span, $"--platform={value} fixes this stage to one platform; use $BUILDPLATFORM or $TARGETPLATFORM, or drop the flag.");
        }
    }
}
