using Berth.Dockerfile.LanguageService.Images;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Links;

/// <summary>A link from a span to a web page.</summary>
public sealed record DocumentLink(TextSpan Span, string Target, string Tooltip);

/// <summary>
/// Links base images (FROM, COPY --from=image, and the # syntax= frontend) to their registry's page: Docker Hub,
/// the ACR console for *.aliyuncs.com, ghcr.io, quay.io and mcr.microsoft.com. Variables are resolved where known.
/// </summary>
public static class DocumentLinks
{
    public static IReadOnlyList<DocumentLink> Compute(DockerfileDocument document, SymbolTable symbols)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var result = new List<DocumentLink>();
        foreach (var directive in document.Syntax.Directives)
        {
            if (string.Equals(directive.Name, "syntax", StringComparison.OrdinalIgnoreCase) && directive.ValueSpan.Length > 0)
                Add(result, directive.Value, directive.ValueSpan);
        }
        var stageNames = new HashSet<string>(symbols.Stages.Where(s => s.Name is not null).Select(s => s.Name!), StringComparer.OrdinalIgnoreCase);
        var instructions = document.Syntax.Instructions;
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            ArgumentSyntax? image = null;
            string? value = null;
            TextSpan span = default;
            if (instruction.Kind == InstructionKind.From && instruction.From?.Image is { } from)
            {
                image = from;
                value = from.Value;
                span = from.Span;
            }
            else if (instruction.Kind is InstructionKind.Copy && instruction.Flag("from") is { Value: { } v, ValueSpan: { } vs })
            {
                value = v;
                span = vs;
            }
            if (value is null || stageNames.Contains(value) || int.TryParse(value, out _)) continue;
            if (value.Contains('$'))
            {
                var scope = i < symbols.Scopes.Count ? symbols.Scopes[i] : null;
                value = scope is null ? null : VariableExpander.Expand(value, n => scope.Lookup(n) is { } b ? (true, b.Value) : (false, null));
                if (value is null) continue;
            }
            _ = image;
            Add(result, value, span);
        }
        return result;
    }

    private static void Add(List<DocumentLink> into, string value, TextSpan span)
    {
        var reference = ImageReference.Parse(value);
        if (reference?.WebPage() is { } page) into.Add(new DocumentLink(span, page, $"Open {reference.Registry}/{reference.Repository} in the browser"));
    }
}
