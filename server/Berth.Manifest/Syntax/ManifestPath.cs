using System.Globalization;
using System.Text;

namespace Berth.Manifest.Syntax;

/// <summary>
/// Where a node sits in the manifest: property names and list indexes from the root. Printed the way a
/// user reads it ("run.ports[1]"), and resolved against the tree to find the span to underline.
/// </summary>
public sealed record ManifestPath(IReadOnlyList<object> Segments)
{
    public static ManifestPath Root { get; } = new([]);

    public bool IsRoot => Segments.Count == 0;

    public ManifestPath Property(string name) => new([.. Segments, name]);

    public ManifestPath Index(int index) => new([.. Segments, index]);

    /// <summary>Parses a JSON pointer ("/run/ports/1") as the schema validator reports instance locations.</summary>
    public static ManifestPath FromJsonPointer(string pointer)
    {
        if (string.IsNullOrEmpty(pointer) || pointer == "/") return Root;
        var parts = pointer.TrimStart('#').Split('/', StringSplitOptions.None).Skip(1)
            .Select(part => part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        return new ManifestPath(parts.Select(part => (object)part).ToList());
    }

    /// <summary>The pointer segments resolved against <paramref name="root"/>: numeric parts index lists, others name keys.</summary>
    public ManifestPath Typed(ManifestNode? root)
    {
        var segments = new List<object>();
        var node = root;
        foreach (var segment in Segments)
        {
            var text = segment.ToString()!;
            if (node is SequenceNode sequence && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                segments.Add(index);
                node = index < sequence.Items.Count ? sequence.Items[index] : null;
            }
            else
            {
                segments.Add(text);
                node = (node as MappingNode)?[text];
            }
        }
        return new ManifestPath(segments);
    }

    /// <summary>The node at this path, or null when the path leaves the tree.</summary>
    public ManifestNode? Resolve(ManifestNode? root)
    {
        var node = root;
        foreach (var segment in Segments)
        {
            node = (segment, node) switch
            {
                (int index, SequenceNode sequence) => index < sequence.Items.Count ? sequence.Items[index] : null,
                (string name, MappingNode mapping) => mapping[name],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>The property (key and value) this path ends at, when it ends at a key of a map.</summary>
    public ManifestProperty? ResolveProperty(ManifestNode? root)
    {
        if (Segments.Count == 0 || Segments[^1] is not string name) return null;
        return (new ManifestPath(Segments.Take(Segments.Count - 1).ToList()).Resolve(root) as MappingNode)?.Find(name);
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                if (builder.Length > 0) builder.Append('.');
                builder.Append(segment);
            }
        }
        return builder.ToString();
    }
}
