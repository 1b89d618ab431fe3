using System.Text;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// The hand-written, error-tolerant Dockerfile reader. One pass over the lines: parser directives at the top,
/// then comments, blank lines and instructions; an instruction runs over its line continuations (skipping the
/// comment and blank lines inside them, as Docker does) and then over its here-document bodies. Never throws:
/// whatever it cannot make sense of stays in the tree as text and becomes a diagnostic.
/// </summary>
internal sealed class DockerfileParser
{
    private readonly string _text;
    private readonly List<SyntaxNode> _nodes = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private char _escape = '\\';
    private bool _directivesAllowed = true;
    private bool _escapeSeen;
    private bool _fragment;
    private bool _collapseBlankRuns;
    private int _pos;
    // Scratch lists reused for every node: a node keeps an exact copy of its tokens (SyntaxNode), not the list.
    private readonly List<SyntaxToken> _tokens = [];
    private readonly List<SyntaxToken> _content = [];
    private readonly List<SyntaxToken> _bodyTokens = [];

    private DockerfileParser(string text) => _text = text;

    public static DockerfileSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DockerfileParser(text);
        parser.Run();
        return new DockerfileSyntax(text, parser._nodes, parser._escape, parser._diagnostics);
    }

    /// <summary>
    /// Reads a slice of a Dockerfile (see Incremental.SliceText: most of it blanked out) as <see cref="Parse"/> would,
    /// except that each run of blank lines is one <see cref="BlankLineSyntax"/>: a slice of a 50,000-line file is mostly
    /// blank lines, and nothing a rule looks at depends on how many there are.
    /// </summary>
    public static DockerfileSyntax ParseSlice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DockerfileParser(text) { _collapseBlankRuns = true };
        parser.Run();
        return new DockerfileSyntax(text, parser._nodes, parser._escape, parser._diagnostics);
    }

    /// <summary>
    /// Reads a run of whole lines taken from the middle of a Dockerfile, as the whole file's parse would read them
    /// there: with the file's escape character, and with parser directives no longer allowed (they only come first).
    /// Offsets are relative to the fragment.
    /// </summary>
    public static DockerfileSyntax ParseFragment(string text, char escape)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DockerfileParser(text) { _escape = escape, _directivesAllowed = false, _fragment = true };
        parser.Run();
        return new DockerfileSyntax(text, parser._nodes, parser._escape, parser._diagnostics);
    }

    private void Run()
    {
        if (!_fragment && _text.Length > 0 && _text[0] == '\uFEFF')
        {
            _nodes.Add(new ByteOrderMarkSyntax(new TextSpan(0, 1)));
            _pos = 1;
        }
        while (_pos < _text.Length)
        {
            var lineStart = _pos;
            var contentEnd = LineEnd(lineStart);
            var first = SkipInlineBlanks(lineStart, contentEnd);
            if (first == contentEnd)
            {
                _directivesAllowed = false;
                if (_collapseBlankRuns) AddBlankRun(lineStart);
                else AddSimpleLine(lineStart, contentEnd, (span, tokens) => new BlankLineSyntax(span, tokens));
                continue;
            }
            if (_text[first] == '#')
            {
                if (_directivesAllowed && TryDirective(lineStart, first, contentEnd)) continue;
                _directivesAllowed = false;
                AddSimpleLine(lineStart, contentEnd,
                    (span, tokens) => new CommentSyntax(span, tokens, TextSpan.FromBounds(first, contentEnd), _text[first..contentEnd]));
                continue;
            }
            _directivesAllowed = false;
            ReadInstruction(lineStart, first);
        }
    }

    private int LineEnd(int from)
    {
        var index = _text.AsSpan(from).IndexOfAny('\r', '\n');
        return index < 0 ? _text.Length : from + index;
    }

    private int NextLineStart(int contentEnd)
    {
        if (contentEnd >= _text.Length) return _text.Length;
        return _text[contentEnd] == '\r' && contentEnd + 1 < _text.Length && _text[contentEnd + 1] == '\n' ? contentEnd + 2 : contentEnd + 1;
    }

    private int SkipInlineBlanks(int i, int end)
    {
        while (i < end && _text[i] is ' ' or '\t' or '\f' or '\v') i++;
        return i;
    }

    // Blank lines from lineStart on, as one node with one whitespace token (line breaks included).
    private void AddBlankRun(int lineStart)
    {
        var next = NextLineStart(LineEnd(lineStart));
        while (next < _text.Length)
        {
            var end = LineEnd(next);
            if (SkipInlineBlanks(next, end) != end) break;
            next = NextLineStart(end);
        }
        var span = TextSpan.FromBounds(lineStart, next);
        _nodes.Add(new BlankLineSyntax(span, [new SyntaxToken(SyntaxKind.Whitespace, span)]));
        _pos = next;
    }

    private void AddSimpleLine(int lineStart, int contentEnd, Func<TextSpan, List<SyntaxToken>, SyntaxNode> create)
    {
        var next = NextLineStart(contentEnd);
        var tokens = _tokens;
        tokens.Clear();
        TriviaLexer.Lex(_text, lineStart, next, '\0', tokens);
        _nodes.Add(create(TextSpan.FromBounds(lineStart, next), tokens));
        _pos = next;
    }

    // "# name=value" with a name Docker knows; anything else ends the directive block and is a comment.
    private bool TryDirective(int lineStart, int hash, int contentEnd)
    {
        var i = SkipInlineBlanks(hash + 1, contentEnd);
        var nameStart = i;
        while (i < contentEnd && char.IsAsciiLetterOrDigit(_text[i])) i++;
        var nameEnd = i;
        i = SkipInlineBlanks(i, contentEnd);
        if (nameEnd == nameStart || i >= contentEnd || _text[i] != '=') return false;
        var name = _text[nameStart..nameEnd];
        if (!IsKnownDirective(name)) return false;
        var valueStart = SkipInlineBlanks(i + 1, contentEnd);
        var valueEnd = contentEnd;
        while (valueEnd > valueStart && _text[valueEnd - 1] is ' ' or '\t') valueEnd--;
        var value = _text[valueStart..valueEnd];
        var next = NextLineStart(contentEnd);
        var tokens = _tokens;
        tokens.Clear();
        TriviaLexer.Lex(_text, lineStart, hash, '\0', tokens);
        tokens.Add(new SyntaxToken(SyntaxKind.ParserDirective, TextSpan.FromBounds(hash, contentEnd)));
        TriviaLexer.Lex(_text, contentEnd, next, '\0', tokens);
        var node = new ParserDirectiveSyntax(TextSpan.FromBounds(lineStart, next), tokens, name,
            TextSpan.FromBounds(nameStart, nameEnd), value, TextSpan.FromBounds(valueStart, valueEnd));
        _nodes.Add(node);
        _pos = next;
        if (string.Equals(name, "escape", StringComparison.OrdinalIgnoreCase)) ApplyEscape(node);
        else CheckDuplicate(node);
        return true;
    }

    private static bool IsKnownDirective(string name) =>
        name.Equals("syntax", StringComparison.OrdinalIgnoreCase) || name.Equals("escape", StringComparison.OrdinalIgnoreCase)
        || name.Equals("check", StringComparison.OrdinalIgnoreCase);

    private void ApplyEscape(ParserDirectiveSyntax node)
    {
        if (_escapeSeen)
        {
            _diagnostics.Add(CoreRules.DuplicateDirective.Create(node.NameSpan, "The escape directive is already set above; remove this one."));
            return;
        }
        _escapeSeen = true;
        if (node.Value is "\\" or "`") _escape = node.Value[0];
        else
        {
            var span = node.ValueSpan.Length == 0 ? node.NameSpan : node.ValueSpan;
            _diagnostics.Add(CoreRules.InvalidDirective.Create(span,
                $"The escape character must be '\\' or '`', not '{node.Value}'; change the value or remove the directive."));
        }
    }

    private void CheckDuplicate(ParserDirectiveSyntax node)
    {
        var earlier = _nodes.OfType<ParserDirectiveSyntax>()
            .Count(d => string.Equals(d.Name, node.Name, StringComparison.OrdinalIgnoreCase));
        if (earlier > 1)
            _diagnostics.Add(CoreRules.DuplicateDirective.Create(node.NameSpan,
                $"The '{node.Name.ToLowerInvariant()}' directive is already set above; remove this one."));
        if (node.ValueSpan.Length == 0)
            _diagnostics.Add(CoreRules.InvalidDirective.Create(node.NameSpan,
                $"The '{node.Name.ToLowerInvariant()}' directive has no value; give one or remove the line."));
    }

    private void ReadInstruction(int lineStart, int keywordStart)
    {
        StringBuilder? logical = null;
        LogicalLine.Builder? map = null;
        LogicalLine? singleLine = null;
        List<TextSpan>? comments = null;
        List<TextSpan>? emptyLines = null;
        var p = keywordStart;
        int next;
        while (true)
        {
            var end = LineEnd(p);
            var k = end - 1;
            while (k >= p && _text[k] is ' ' or '\t') k--;
            var continues = k >= p && _text[k] == _escape;
            next = NextLineStart(end);
            if (!continues && logical is null)
            {
                // The common case, one physical line: the logical text is the line as it stands.
                singleLine = LogicalLine.Contiguous(_text.Substring(p, end - p), p);
                break;
            }
            logical ??= new StringBuilder();
            map ??= new LogicalLine.Builder();
            Append(logical, map, p, continues ? k : end);
            if (!continues) break;
            if (next >= _text.Length)
            {
                _diagnostics.Add(CoreRules.ContinuationAtEndOfFile.Create(new TextSpan(k, 1),
                    "The file ends right after a line continuation; remove the trailing escape character."));
                break;
            }
            p = next;
            var atEnd = false;
            while (true)
            {
                var e2 = LineEnd(p);
                var f = SkipInlineBlanks(p, e2);
                if (f < e2 && _text[f] != '#') break;
                if (f == e2) (emptyLines ??= []).Add(TextSpan.FromBounds(p, NextLineStart(e2)));
                else (comments ??= []).Add(TextSpan.FromBounds(f, e2));
                var n2 = NextLineStart(e2);
                if (n2 >= _text.Length)
                {
                    atEnd = true;
                    next = _text.Length;
                    break;
                }
                p = n2;
            }
            if (atEnd)
            {
                _diagnostics.Add(CoreRules.ContinuationAtEndOfFile.Create(new TextSpan(k, 1),
                    "The file ends inside a line continuation; remove the trailing escape character or add the rest of the instruction."));
                break;
            }
        }
        var line = singleLine ?? map!.Build(logical!.ToString(), keywordStart);
        var parts = new InstructionParts { Line = line, Escape = _escape, Comments = comments, EmptyContinuationLines = emptyLines };
        InstructionParser.Read(parts, 0);

        var bodyTokens = _bodyTokens;
        bodyTokens.Clear();
        var headerKind = parts.Trigger?.Kind ?? InstructionKinds.FromKeyword(parts.Keyword);
        if (headerKind.AllowsHeredocs())
        {
            var markers = HeredocMarker.Find(line.Text, parts.Trigger?.ArgumentsStart ?? parts.ArgumentsStart, line.Length, _escape);
            if (markers.Count > 0) next = ReadHeredocs(line, markers, next, parts, bodyTokens);
        }

        var tokens = BuildTokens(lineStart, next, parts, bodyTokens);
        _nodes.Add(new InstructionSyntax(TextSpan.FromBounds(lineStart, next), tokens, parts));
        _pos = next;
    }

    private void Append(StringBuilder logical, LogicalLine.Builder map, int start, int end)
    {
        logical.Append(_text, start, end - start);
        map.Add(start, end - start);
    }

    private int ReadHeredocs(LogicalLine line, List<HeredocMarker> markers, int p, InstructionParts parts, List<SyntaxToken> bodyTokens)
    {
        foreach (var marker in markers)
        {
            var bodyStart = p;
            TextSpan? terminator = null;
            while (p < _text.Length)
            {
                var end = LineEnd(p);
                var content = _text.AsSpan(p, end - p);
                if (marker.StripsTabs) content = content.TrimStart('\t');
                if (content.SequenceEqual(marker.Delimiter))
                {
                    terminator = TextSpan.FromBounds(p, end);
                    break;
                }
                p = NextLineStart(end);
            }
            var bodySpan = TextSpan.FromBounds(bodyStart, terminator?.Start ?? _text.Length);
            if (bodySpan.Length > 0) bodyTokens.Add(new SyntaxToken(SyntaxKind.HeredocBody, bodySpan));
            var heredoc = new HeredocSyntax(line.SourceSpan(marker.Start, marker.End), marker.Delimiter,
                line.SourceSpan(marker.DelimiterStart, marker.DelimiterEnd), marker.StripsTabs, marker.IsQuoted, bodySpan,
                _text.Substring(bodySpan.Start, bodySpan.Length), terminator);
            parts.Heredocs.Add(heredoc);
            if (terminator is { } t)
            {
                bodyTokens.Add(new SyntaxToken(SyntaxKind.HeredocTerminator, t));
                p = NextLineStart(t.End);
            }
            else
            {
                _diagnostics.Add(CoreRules.UnterminatedHeredoc.Create(heredoc.MarkerSpan,
                    $"The here-document '{marker.Delimiter}' is never closed; add a line containing only '{marker.Delimiter}'."));
                p = _text.Length;
            }
        }
        return p;
    }

    private List<SyntaxToken> BuildTokens(int start, int end, InstructionParts parts, List<SyntaxToken> bodyTokens)
    {
        var content = _content;
        content.Clear();
        CollectContent(parts.Keyword.Length > 0 ? parts.KeywordSpan : default, parts.Flags, parts.Arguments, parts.Trigger, content);
        content.AddRange(bodyTokens);
        content.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var tokens = _tokens;
        tokens.Clear();
        var at = start;
        foreach (var token in content)
        {
            if (token.Span.Length == 0 || token.Span.Start < at) continue;
            TriviaLexer.Lex(_text, at, token.Span.Start, _escape, tokens);
            tokens.Add(token);
            at = token.Span.End;
        }
        TriviaLexer.Lex(_text, at, end, _escape, tokens);
        return tokens;
    }

    private static void CollectContent(TextSpan keyword, IReadOnlyList<FlagSyntax> flags, IReadOnlyList<ArgumentSyntax> arguments,
        InstructionSyntax? trigger, List<SyntaxToken> into)
    {
        into.Add(new SyntaxToken(SyntaxKind.Keyword, keyword));
        foreach (var flag in flags) into.Add(new SyntaxToken(SyntaxKind.Flag, flag.Span));
        if (trigger is not null)
        {
            CollectContent(trigger.KeywordSpan, trigger.Flags, trigger.Arguments, trigger.Trigger, into);
            return;
        }
        foreach (var argument in arguments) into.Add(new SyntaxToken(SyntaxKind.Word, argument.Span));
    }
}
