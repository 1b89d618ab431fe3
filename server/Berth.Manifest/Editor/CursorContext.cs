using Berth.Dockerfile.Text;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>
/// Where the caret is in manifest terms: the path of the map it is in, and whether it is typing a key or the
/// value of <see cref="Key"/> (a list item is a value, <see cref="Key"/> naming the list). Text being typed is
/// usually invalid, so this is read from the text, not the tree: YAML block structure from indentation and
/// "key:" prefixes, flow collections (JSON, and YAML's <c>{...}</c> and <c>[...]</c>) by <see cref="FlowScanner"/>.
/// </summary>
/// <param name="InFlow">The caret is inside a flow collection, where a key is always followed by ": " on the same line.</param>
/// <param name="InComment">The caret is in a comment: nothing to complete.</param>
public sealed record CursorContext(ManifestPath MapPath, string? Key, bool IsValue, TextSpan ReplaceSpan, bool InFlow = false, bool InComment = false)
{
    private const string FlowIndicators = ",[]{}";

    public static CursorContext At(ManifestDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        offset = Math.Clamp(offset, 0, document.Text.Length);
        if (document.Format == ManifestFormat.Json)
        {
            var json = FlowScanner.ScanJson(document.Text, offset);
            return json.InComment ? Comment(offset) : FromFlow(document.Text, json, offset, ManifestPath.Root);
        }
        var flow = FlowScanner.ScanYaml(document.Text, document.Lines, offset);
        if (flow.InComment) return Comment(offset);
        if (flow.Frames.Count == 0) return InYamlBlock(document, offset);
        // The outermost collection is the value of a block key (or a block list item): that is where its path starts.
        var owner = InYamlBlock(document, flow.Frames[0].Start);
        var basePath = owner switch
        {
            { Key: { } key, IsValue: true } when owner.ListItem => owner.MapPath.Property(key).Index(0),
            { Key: { } key, IsValue: true } => owner.MapPath.Property(key),
            _ => owner.MapPath,
        };
        return FromFlow(document.Text, flow, offset, basePath);
    }

    /// <summary>True when the block context was a list item ("- ...").</summary>
    private bool ListItem { get; init; }

    private static CursorContext Comment(int offset) => new(ManifestPath.Root, null, false, new TextSpan(offset, 0), InComment: true);

    private static CursorContext FromFlow(string text, FlowCaret caret, int offset, ManifestPath basePath)
    {
        var replace = TypedWord(text, caret.Token, offset);
        if (caret.Frames.Count == 0) return new CursorContext(basePath, null, false, replace, InFlow: true);
        var segments = new List<object>(basePath.Segments);
        foreach (var frame in caret.Frames.Skip(1))
        {
            if (frame.Segment is not null) segments.Add(frame.Segment);
        }
        var top = caret.Frames[^1];
        if (top.IsMap)
        {
            return top.AfterColon
                ? new CursorContext(new ManifestPath(segments), top.Key, true, replace, InFlow: true)
                : new CursorContext(new ManifestPath(segments), null, false, replace, InFlow: true);
        }
        // An item of a list: the list's key is the last segment.
        var listKey = segments.Count > 0 ? segments[^1] as string : null;
        return new CursorContext(new ManifestPath(segments.Take(Math.Max(0, segments.Count - 1)).ToList()), listKey, true, replace, InFlow: true);
    }

    // The word being typed, through to its end after the caret: a quoted one to its closing quote on the line.
    private static TextSpan TypedWord(string text, TextSpan? token, int offset)
    {
        if (token is not { } typed) return new TextSpan(offset, 0);
        var end = offset;
        if (text[typed.Start] is '"' or '\'')
        {
            var quote = text[typed.Start];
            while (end < text.Length && text[end] is not ('\n' or '\r') && text[end] != quote) end += text[end] == '\\' && quote == '"' ? 2 : 1;
            end = end < text.Length && text[end] == quote ? end + 1 : offset;
            return TextSpan.FromBounds(typed.Start, Math.Min(end, text.Length));
        }
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !FlowIndicators.Contains(text[end], StringComparison.Ordinal)
               && !(text[end] == ':' && (end + 1 >= text.Length || char.IsWhiteSpace(text[end + 1])))) end++;
        return TextSpan.FromBounds(typed.Start, end);
    }

    private static CursorContext InYamlBlock(ManifestDocument document, int offset)
    {
        var text = document.Text;
        var lines = document.Lines;
        var line = lines.LineOf(offset);
        var lineStart = lines.LineStart(line);
        var lineEnd = lines.LineContentEnd(line);
        var body = text[lineStart..lineEnd];
        var indent = body.Length - body.TrimStart(' ').Length;
        var i = Math.Min(lineStart + indent, offset);
        var inItem = false;
        while (i < offset && text[i] == '-' && (i + 1 == lineEnd || text[i + 1] == ' '))
        {
            // A list item: siblings above sit at the dash's indentation, the list's key above that.
            inItem = true;
            i++;
            while (i < offset && text[i] == ' ') i++;
        }
        if (IsCommentBefore(text, i, offset)) return Comment(offset);

        var colon = FlowScanner.KeyColon(text, i, lineEnd);
        string? key = null;
        bool isValue;
        int wordStart;
        if (colon >= 0 && colon < offset)
        {
            key = text[i..colon].Trim().Trim('"', '\'');
            isValue = true;
            wordStart = colon + 1;
            while (wordStart < offset && text[wordStart] == ' ') wordStart++;
        }
        else
        {
            // The manifest's lists hold values (ports, volumes, ids), so a list item is a value.
            isValue = inItem;
            wordStart = i;
        }
        var wordEnd = offset;
        while (wordEnd < lineEnd && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] != ':') wordEnd++;
        var path = ParentPath(text, lines, line, indent);
        if (inItem && key is null)
        {
            // A list item's value: the list's key is the last segment of the parent path.
            var segments = path.Segments;
            key = segments.Count > 0 ? segments[^1].ToString() : null;
            path = new ManifestPath(segments.Take(Math.Max(0, segments.Count - 1)).ToList());
        }
        return new CursorContext(path, key, isValue, TextSpan.FromBounds(wordStart, Math.Max(wordStart, wordEnd))) { ListItem = inItem };
    }

    // A "#" at the start of the content or after a space, outside quotes, before the caret.
    private static bool IsCommentBefore(string text, int start, int offset)
    {
        char? quote = null;
        for (var i = start; i < offset; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == open) quote = null;
                continue;
            }
            if (c is '"' or '\'' && (i == start || text[i - 1] is ' ' or ':')) quote = c;
            else if (c == '#' && (i == start || text[i - 1] == ' ')) return true;
        }
        return false;
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
            var colon = FlowScanner.KeyColon(body, lineIndent, body.Length);
            if (colon <= lineIndent) continue;
            segments.Insert(0, body[lineIndent..colon].Trim().Trim('"', '\''));
            current = lineIndent;
        }
        return new ManifestPath(segments);
    }
}
