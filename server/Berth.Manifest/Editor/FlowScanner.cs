using Berth.Dockerfile.Text;

namespace Berth.Manifest.Editor;

/// <summary>One open flow collection at the caret: a map (<c>{...}</c>) or a list (<c>[...]</c>).</summary>
internal sealed class FlowFrame(bool isMap, object? segment, int start)
{
    public bool IsMap { get; } = isMap;

    /// <summary>The key or list index this collection is the value of in the enclosing one; null for the outermost.</summary>
    public object? Segment { get; } = segment;

    /// <summary>The offset of the opening bracket.</summary>
    public int Start { get; } = start;

    /// <summary>A map's key whose value comes next (set once its ":" is read).</summary>
    public string? Key { get; set; }

    /// <summary>In a map: the ":" of <see cref="Key"/> has been read, so a value is being written.</summary>
    public bool AfterColon { get; set; }

    /// <summary>In a list: the index of the item being written.</summary>
    public int Index { get; set; }

    /// <summary>The last scalar read in this collection, the key when a ":" follows.</summary>
    public string? LastScalar { get; set; }
}

/// <summary>What the scan found at the caret: the open flow collections (outermost first), the token being typed, whether it is a comment.</summary>
internal sealed record FlowCaret(IReadOnlyList<FlowFrame> Frames, TextSpan? Token, bool InComment);

/// <summary>
/// Reads flow syntax (all of JSON, and YAML's <c>{ key: value }</c> and <c>[ a, b ]</c>) from the start of the
/// document up to the caret, tolerating the unfinished text being typed. The YAML tree can't be trusted there
/// (the file is usually invalid mid-edit), and a flow collection may span lines, so indentation can't tell either.
/// YAML block structure is skipped line by line: only a "{" or "[" where a value starts opens a collection
/// (a plain scalar like <c>${env:X}</c> may hold braces).
/// </summary>
internal sealed class FlowScanner
{
    private const string FlowIndicators = ",[]{}";
    private readonly string _text;
    private readonly int _end;
    private readonly bool _json;
    private readonly List<FlowFrame> _frames = [];
    private int _i;
    private int _lastQuotedEnd = -1;
    private TextSpan? _token;
    private bool _inComment;

    private FlowScanner(string text, int end, bool json)
    {
        _text = text;
        _end = end;
        _json = json;
    }

    public static FlowCaret ScanJson(string text, int offset)
    {
        var scanner = new FlowScanner(text, offset, json: true);
        while (scanner._i < scanner._end) scanner.Step();
        return scanner.Result();
    }

    public static FlowCaret ScanYaml(string text, LineIndex lines, int offset)
    {
        var scanner = new FlowScanner(text, offset, json: false);
        var blockScalarIndent = -1;
        while (scanner._i < offset)
        {
            var line = lines.LineOf(scanner._i);
            var lineEnd = lines.LineContentEnd(line);
            var next = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            var body = text[lines.LineStart(line)..lineEnd];
            var indent = body.Length - body.TrimStart(' ').Length;
            var isBlank = body.Trim().Length == 0;
            if (blockScalarIndent >= 0 && (isBlank || indent > blockScalarIndent))
            {
                scanner._i = Math.Max(next, scanner._i + 1);
                continue;
            }
            blockScalarIndent = -1;
            var valueStart = ValueStart(text, lines.LineStart(line) + indent, lineEnd);
            if (valueStart < lineEnd && valueStart < offset && text[valueStart] is '{' or '[')
            {
                scanner._i = valueStart;
                do scanner.Step(); while (scanner._i < offset && scanner._frames.Count > 0);
                if (scanner._frames.Count > 0 || scanner._i >= offset) break;
                // The collection closed; the rest of the line it closed on holds at most a comment.
                var closedOn = lines.LineOf(scanner._i - 1);
                scanner._i = closedOn + 1 < lines.LineCount ? lines.LineStart(closedOn + 1) : text.Length;
                continue;
            }
            if (valueStart < lineEnd && text[valueStart] is '|' or '>') blockScalarIndent = indent;
            scanner._i = Math.Max(next, scanner._i + 1);
        }
        return scanner.Result();
    }

    // Where a block line's value starts: after "- " markers and a "key:" (plain or quoted).
    private static int ValueStart(string text, int start, int lineEnd)
    {
        var i = start;
        while (i < lineEnd && text[i] == '-' && (i + 1 == lineEnd || text[i + 1] == ' '))
        {
            i++;
            while (i < lineEnd && text[i] == ' ') i++;
        }
        var colon = KeyColon(text, i, lineEnd);
        if (colon >= 0)
        {
            i = colon + 1;
            while (i < lineEnd && text[i] == ' ') i++;
        }
        return i;
    }

    /// <summary>The ":" ending a block key on text[start..end) (followed by a space or the line's end, outside quotes); -1 if none.</summary>
    internal static int KeyColon(string text, int start, int end)
    {
        var i = start;
        if (i < end && text[i] is '"' or '\'')
        {
            var quote = text[i++];
            while (i < end && text[i] != quote) i += text[i] == '\\' && quote == '"' ? 2 : 1;
            i++;
            while (i < end && text[i] == ' ') i++;
            return i < end && text[i] == ':' && (i + 1 >= end || text[i + 1] == ' ') ? i : -1;
        }
        if (i < end && text[i] is '{' or '[' or '#') return -1;
        for (; i < end; i++)
        {
            if (text[i] == '#' && i > start && text[i - 1] == ' ') return -1;
            if (text[i] == ':' && (i + 1 >= end || text[i + 1] == ' ')) return i;
        }
        return -1;
    }

    private FlowCaret Result() => new(_frames.ToList(), _token, _inComment);

    private FlowFrame? Top => _frames.Count > 0 ? _frames[^1] : null;

    private void Step()
    {
        var c = _text[_i];
        if (char.IsWhiteSpace(c))
        {
            _i++;
            return;
        }
        if (IsCommentStart())
        {
            SkipComment();
            return;
        }
        switch (c)
        {
            case '{' or '[':
                Push(c == '{');
                _i++;
                return;
            case '}' or ']':
                if (_frames.Count > 0) _frames.RemoveAt(_frames.Count - 1);
                _i++;
                return;
            case ',':
                if (Top is { } top)
                {
                    if (top.IsMap)
                    {
                        top.Key = null;
                        top.AfterColon = false;
                    }
                    else
                    {
                        top.Index++;
                    }
                    top.LastScalar = null;
                }
                _i++;
                return;
            case ':' when IsSeparatorColon():
                if (Top is { IsMap: true } map)
                {
                    map.Key = map.LastScalar ?? "";
                    map.AfterColon = true;
                    map.LastScalar = null;
                }
                _i++;
                return;
            case '"':
            case '\'' when !_json:
                Quoted(c);
                return;
            default:
                Plain();
                return;
        }
    }

    private bool IsCommentStart()
    {
        if (_json) return _text[_i] == '/' && _i + 1 < _text.Length && _text[_i + 1] is '/' or '*';
        return _text[_i] == '#' && (_i == 0 || char.IsWhiteSpace(_text[_i - 1]));
    }

    private void SkipComment()
    {
        var block = _json && _text[_i + 1] == '*';
        var close = block ? _text.IndexOf("*/", _i + 2, StringComparison.Ordinal) : -1;
        var end = block ? (close < 0 ? _text.Length : close + 2) : LineEnd(_i);
        if (end >= _end) _inComment = !block || close < 0 || _end < close + 2;
        _i = Math.Min(end, _end);
    }

    private int LineEnd(int from)
    {
        var i = from;
        while (i < _text.Length && _text[i] is not ('\n' or '\r')) i++;
        return i;
    }

    // JSON's ":" always separates; YAML's only before a space, a line end or a flow indicator, or right after a quoted key.
    private bool IsSeparatorColon()
    {
        if (_json || _lastQuotedEnd == _i) return true;
        var next = _i + 1;
        return next >= _text.Length || char.IsWhiteSpace(_text[next]) || FlowIndicators.Contains(_text[next], StringComparison.Ordinal);
    }

    private void Push(bool isMap)
    {
        object? segment = Top switch
        {
            null => null,
            { IsMap: true, AfterColon: true } map => map.Key,
            { IsMap: true } => null,
            var list => list.Index,
        };
        _frames.Add(new FlowFrame(isMap, segment, _i));
    }

    private void Quoted(char quote)
    {
        var start = _i++;
        var value = new System.Text.StringBuilder();
        while (_i < _end)
        {
            var c = _text[_i];
            if (quote == '"' && c == '\\' && _i + 1 < _text.Length)
            {
                value.Append(_text[_i + 1]);
                _i += 2;
                continue;
            }
            if (c == quote)
            {
                if (quote == '\'' && _i + 1 < _text.Length && _text[_i + 1] == '\'')
                {
                    value.Append('\'');
                    _i += 2;
                    continue;
                }
                _i++;
                _lastQuotedEnd = _i;
                if (Top is { } top) top.LastScalar = value.ToString();
                return;
            }
            value.Append(c);
            _i++;
        }
        // The caret is inside this string.
        _token = TextSpan.FromBounds(start, _end);
        _i = _end;
    }

    private void Plain()
    {
        var start = _i;
        while (_i < _end)
        {
            var c = _text[_i];
            if (c is '\n' or '\r' || FlowIndicators.Contains(c, StringComparison.Ordinal)) break;
            if (c == ':' && IsSeparatorColon()) break;
            if (!_json && c == '#' && char.IsWhiteSpace(_text[_i - 1])) break;
            _i++;
        }
        if (_i >= _end && !char.IsWhiteSpace(_text[_end - 1]))
        {
            // The caret is in (or right after) this scalar: it is the word being typed.
            _token = TextSpan.FromBounds(start, _end);
            return;
        }
        if (Top is { } top) top.LastScalar = _text[start.._i].TrimEnd();
        if (_i == start) _i++;
    }
}
