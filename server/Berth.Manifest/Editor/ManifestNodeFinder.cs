using Berth.Dockerfile.Text;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>The key or value under a caret: its path, node and span, and whether it is the value.</summary>
public sealed record FoundNode(ManifestPath Path, ManifestNode Node, TextSpan Span, bool OnValue);

public static class ManifestNodeFinder
{
    public static FoundNode? Find(ManifestNode? root, int offset)
    {
        var path = ManifestPath.Root;
        var node = root;
        while (node is not null)
        {
            switch (node)
            {
                case MappingNode mapping:
                    ManifestNode? next = null;
                    foreach (var property in mapping.Properties)
                    {
                        if (property.Key.Span.ContainsOrTouches(offset)) return new FoundNode(path.Property(property.Name), property.Value, property.Key.Span, false);
                        if (property.Value.Span.ContainsOrTouches(offset) && property.Value.Span.Length > 0)
                        {
                            path = path.Property(property.Name);
                            if (property.Value is ScalarNode scalar) return new FoundNode(path, scalar, scalar.Span, true);
                            next = property.Value;
                            break;
                        }
                    }
                    node = next;
                    break;
                case SequenceNode sequence:
                    ManifestNode? item = null;
                    for (var i = 0; i < sequence.Items.Count; i++)
                    {
                        if (!sequence.Items[i].Span.ContainsOrTouches(offset)) continue;
                        path = path.Index(i);
                        if (sequence.Items[i] is ScalarNode scalar) return new FoundNode(path, scalar, scalar.Span, true);
                        item = sequence.Items[i];
                        break;
                    }
                    node = item;
                    break;
                default:
                    return null;
            }
        }
        return null;
    }
}
