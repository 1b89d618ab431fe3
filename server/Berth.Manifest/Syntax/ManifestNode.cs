using Berth.Dockerfile.Text;

namespace Berth.Manifest.Syntax;

/// <summary>
/// One node of a manifest as written, YAML or JSON alike, with the exact span of its text, so that every
/// finding about a value can point at that value. Immutable.
/// </summary>
public abstract record ManifestNode(TextSpan Span);

/// <summary>What a scalar means once read (YAML 1.2 core schema for plain scalars; quoted ones are strings).</summary>
public enum ScalarKind
{
    String,
    Integer,
    Float,
    Boolean,
    Null,
}

/// <summary>A single value: <see cref="Value"/> is its text after unquoting and unescaping.</summary>
public sealed record ScalarNode(string Value, ScalarKind Kind, TextSpan Span) : ManifestNode(Span);

/// <summary>A key and its value inside a mapping.</summary>
public sealed record ManifestProperty(ScalarNode Key, ManifestNode Value)
{
    public string Name => Key.Value;
}

/// <summary>A mapping (YAML) or object (JSON). Keys are unique: the reader reports and drops repeated keys.</summary>
public sealed record MappingNode(IReadOnlyList<ManifestProperty> Properties, TextSpan Span) : ManifestNode(Span)
{
    public ManifestProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name) return property;
        }
        return null;
    }

    public ManifestNode? this[string name] => Find(name)?.Value;
}

/// <summary>A sequence (YAML) or array (JSON).</summary>
public sealed record SequenceNode(IReadOnlyList<ManifestNode> Items, TextSpan Span) : ManifestNode(Span);
