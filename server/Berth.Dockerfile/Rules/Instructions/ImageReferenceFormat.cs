using System.Text.RegularExpressions;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// BER0032: a FROM image whose tag or digest Docker rejects ("invalid reference format"): a tag is 1 to 128 of
/// letters, digits, '_', '.' and '-', not starting with '.' or '-'; a digest is <c>algorithm:hex</c> with at least
/// 32 hex digits. Images with variables are checked after nothing (their value comes at build time).
/// </summary>
internal sealed partial class ImageReferenceFormat : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0032", Severity.Error, "Invalid image reference", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.From || instruction.From?.Image is not { } image) continue;
            var text = image.Text;
            if (text.Length != image.Span.Length || text.Contains('$', StringComparison.Ordinal) || text.IndexOfAny(['"', '\'']) >= 0) continue;
            var at = text.IndexOf('@', StringComparison.Ordinal);
            var name = at < 0 ? text : text[..at];
            if (at >= 0)
            {
                var digest = text[(at + 1)..];
                if (!DigestPattern().IsMatch(digest))
                    context.Report(Descriptor, TextSpan.FromBounds(image.Span.Start + at + 1, image.Span.End),
                        $"'{digest}' is not a valid digest: write the algorithm and at least 32 hex digits, such as sha256:<64 hex digits>.");
            }
            var colon = name.LastIndexOf(':');
            if (colon <= name.LastIndexOf('/') || colon == 0) continue;
            var tag = name[(colon + 1)..];
            if (TagPattern().IsMatch(tag)) continue;
            var span = tag.Length == 0 ? new TextSpan(image.Span.Start + colon, 1) : new TextSpan(image.Span.Start + colon + 1, tag.Length);
            context.Report(Descriptor, span, tag.Length == 0
                ? "The image has ':' but no tag after it; write a tag (such as :1.2) or remove the ':'."
                : $"'{tag}' is not a valid tag: use up to 128 letters, digits, '_', '.' and '-', starting with a letter, digit or '_'.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(?:[\-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$")]
    private static partial Regex DigestPattern();
}
