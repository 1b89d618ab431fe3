using Berth.Dockerfile.Text;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>
/// Where the caret is in manifest terms: the path of the map it is in, and whether it is typing a key or the
/// value of <see cref="Key"/>. YAML being typed is usually invalid, so for YAML this is read from the lines
/// (indentation and "key:" prefixes) rather than from the tree; JSON uses the tree.
/// </summary>
public sealed record CursorContext(ManifestPath MapPath, string? Key, bool IsValue, TextSpan ReplaceSpan)
{
    public static CursorContext At(ManifestDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        offset = Math.Clamp(offset, 0, document.Text.Length);
        return document.Format == ManifestFormat.Json ? InJson(document, offset) : InYaml(document, offset);
    }

    private static CursorContext InYaml(ManifestDocument document, int offset)
    {
        var text = document.Text;
        var lines = document.Lines;
        var line = lines.LineOf(offset);
        var lineStart = lines.LineStart(line);
        var prefix = text[lineStart..offset];
        var indent = prefix.Length - prefix.TrimStart(' ').Length;
        var content = prefix.TrimStart(' ');
        var inItem = false;
        if (content.StartsWith("- ", StringComparison.Ordinal) || content == "-")
        {
            // A list item: siblings above sit at the dash's indentation, the list's key above that.
            inItem = true;
            content = content[1..].TrimStart(' ');
        }
        var colon = content.IndexOf(':', StringComparison.Ordinal);
        string? key = null;
        bool isValue;
        int wordStart;
        if (colon >= 0)
        {
            key = content[..colon].Trim().Trim('"', '\'');
            isValue = true;
            var valueText = content[(colon + 1)..];
            wordStart = offset - valueText.TrimStart(' ').Length;
        }
        else
        {
            // The manifest's lists hold values (ports, volumes, ids), so a list item is a value.
            isValue = inItem;
            wordStart = offset - content.Length;
        }
        var wordEnd = offset;
        while (wordEnd < lines.LineContentEnd(line) && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] != ':') wordEnd++;
        var path = ParentPath(text, lines, line, indent);
        if (inItem && colon < 0)
        {
            // A list item's value: the list's key is the last segment of the parent path.
            var segments = path.Segments;
            key = segments.Count > 0 ? segments[^1].ToString() : null;
            path = new ManifestPath(segments.Take(segments.Count - 1).ToList());
        }
        return new CursorContext(path, key, isValue, TextSpan.FromBounds(wordStart, Math.Max(wordStart, wordEnd)));
    }

    private static ManifestPath ParentPath(string text, LineIndex lines, int line, int indent)
    {
        var segments = new List<object>();
        var current = indent;
        for (var l = line - 1; l >= 0 && current > 0; l--)
        {
            var body = text[lines.LineStart(l)..lines.LineContentEnd(l)];
            var trimmed = body.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var lineIndent = body.Length - trimmed.Length;
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-")
            {
                if (lineIndent < current)
                {
                    segments.Insert(0, 0);
                    current = lineIndent;
                }
                continue;
            }
            if (lineIndent >= current) continue;
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            segments.Insert(0, trimmed[..colon].Trim().Trim('"', '\''));
            current = lineIndent;
        }
        return new ManifestPath(segments);
    }

    private static CursorContext InJson(ManifestDocument document, int offset)
    {
        var segments = new List<object>();
        ManifestNode? node = document.Root;
        string? key = null;
        var isValue = false;
        var replace = new TextSpan(offset, 0);
        while (node is not null)
        {
            ManifestNode? next = null;
            if (node is MappingNode mapping)
            {
                foreach (var property in mapping.Properties)
                {
                    if (property.Key.Span.ContainsOrTouches(offset))
                    {
                        key = null;
                        isValue = false;
                        replace = property.Key.Span;
                        return new CursorContext(new ManifestPath(segments), null, false, replace);
                    }
                    if (property.Value.Span.ContainsOrTouches(offset) && property.Value.Span.Length > 0)
                    {
                        if (property.Value is ScalarNode scalar)
                        {
                            return new CursorContext(new ManifestPath(segments), property.Name, true, scalar.Span);
                        }
                        segments.Add(property.Name);
                        next = property.Value;
                        break;
                    }
                }
            }
            else if (node is SequenceNode sequence)
            {
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (!sequence.Items[i].Span.ContainsOrTouches(offset)) continue;
                    if (sequence.Items[i] is ScalarNode scalar)
                    {
                        var listKey = segments.Count > 0 ? segments[^1].ToString() : null;
                        return new CursorContext(new ManifestPath(segments.Take(segments.Count - 1).ToList()), listKey, true, scalar.Span);
                    }
                    segments.Add(i);
                    next = sequence.Items[i];
                    break;
                }
            }
            if (next is null) break;
            node = next;
        }
        return new CursorContext(new ManifestPath(segments), key, isValue, replace);
    }
}
