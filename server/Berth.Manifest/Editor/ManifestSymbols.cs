using Berth.Dockerfile.Text;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

public enum ManifestSymbolKind
{
    Section,
    List,
    Value,
}

/// <summary>One entry of the outline: a key with its whole extent, the key's own span, and what it holds.</summary>
public sealed record ManifestSymbol(string Name, string? Detail, ManifestSymbolKind Kind, TextSpan Span, TextSpan SelectionSpan, IReadOnlyList<ManifestSymbol> Children);

/// <summary>The outline of a manifest: its keys as a tree (documentSymbol).</summary>
public static class ManifestSymbols
{
    public static IReadOnlyList<ManifestSymbol> Of(ManifestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Root is MappingNode root ? Map(root) : [];
    }

    private static List<ManifestSymbol> Map(MappingNode mapping) => mapping.Properties.Select(Symbol).ToList();

    private static ManifestSymbol Symbol(ManifestProperty property)
    {
        var span = TextSpan.FromBounds(property.Key.Span.Start, Math.Max(property.Key.Span.End, property.Value.Span.End));
        return property.Value switch
        {
            MappingNode map => new(property.Name, null, ManifestSymbolKind.Section, span, property.Key.Span, Map(map)),
            SequenceNode list => new(property.Name, $"{list.Items.Count} item{(list.Items.Count == 1 ? "" : "s")}", ManifestSymbolKind.List, span, property.Key.Span,
                list.Items.Select((item, i) => new ManifestSymbol($"[{i}]", (item as ScalarNode)?.Value, ManifestSymbolKind.Value, item.Span, item.Span,
                    item is MappingNode m ? Map(m) : [])).ToList()),
            ScalarNode scalar => new(property.Name, scalar.Value, ManifestSymbolKind.Value, span, property.Key.Span, []),
            _ => new(property.Name, null, ManifestSymbolKind.Value, span, property.Key.Span, []),
        };
    }
}
