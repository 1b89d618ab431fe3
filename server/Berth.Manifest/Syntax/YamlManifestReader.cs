using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Rules;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Berth.Manifest.Syntax;

/// <summary>
/// Reads berth.yaml into a <see cref="ManifestNode"/> tree from YamlDotNet's event stream, keeping each
/// node's exact span. Built on events rather than YamlDotNet's representation model because that model
/// throws on the first duplicate key and loses everything read so far; here every problem becomes a
/// diagnostic and the part read before a syntax error is kept (the editor completes and hovers on it).
/// </summary>
public static class YamlManifestReader
{
    public static ManifestReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new TreeBuilder(text);
        var diagnostics = builder.Diagnostics;
        var parser = new Parser(new StringReader(text));
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                if (current is DocumentStart)
                {
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.MultipleDocuments, SpanOf(current, text),
                            "A manifest holds one YAML document; move what follows this `---` into its own file or merge it into the first document."));
                        break;
                    }
                    continue;
                }
                builder.Accept(current);
            }
        }
        catch (YamlException exception)
        {
            // YamlDotNet sometimes marks an error at offset 0; the end of the last event read is a better place then.
            var start = Math.Max(ToOffset(exception.Start, text), builder.LastEnd);
            builder.CloseAll(start);
            diagnostics.Add(SyntaxDiagnostic(exception, start, text));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (a bug of its own); the user still gets a
            // syntax error at the last place that was read, never a crash.
            builder.CloseAll(builder.LastEnd);
            diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.SyntaxError, OneCharacterAt(builder.LastEnd, text),
                $"This YAML can't be read after this point; check the indentation, quoting and brackets here."));
        }
        return new ManifestReadResult(builder.Root, diagnostics);
    }

    private static Diagnostic SyntaxDiagnostic(YamlException exception, int start, string text)
    {
        var tab = TabNear(text, start);
        if (tab is { } tabOffset)
        {
            return ManifestDiagnostics.Error(ManifestRuleIds.TabIndentation, new TextSpan(tabOffset, 1),
                "YAML can't be indented with tabs; indent with spaces.");
        }
        var end = Math.Max(start, ToOffset(exception.End, text));
        var span = end > start ? TextSpan.FromBounds(start, end) : OneCharacterAt(start, text);
        var reason = ReasonOf(exception);
        return ManifestDiagnostics.Error(ManifestRuleIds.SyntaxError, span,
            $"This YAML can't be read: {reason} Check the indentation and quoting here.");
    }

    // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the editor shows the place already.
    private static string ReasonOf(YamlException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0) message = message[(marker + 3)..];
        message = message.Trim();
        if (message.Length > 0) message = char.ToLowerInvariant(message[0]) + message[1..];
        if (!message.EndsWith('.')) message += ".";
        return message;
    }

    private static TextSpan OneCharacterAt(int offset, string text) =>
        offset < text.Length && text[offset] is not ('\r' or '\n') ? new TextSpan(offset, 1) : new TextSpan(offset, 0);

    // A tab in the indentation of a line next to the failing place (a line or two around it) is the likely cause.
    private static int? TabNear(string text, int offset)
    {
        var lines = LineIndex.Create(text);
        var failing = lines.LineOf(offset);
        for (var line = Math.Max(0, failing - 2); line <= Math.Min(lines.LineCount - 1, failing + 2); line++)
        {
            for (var i = lines.LineStart(line); i < lines.LineContentEnd(line); i++)
            {
                if (text[i] == '\t') return i;
                if (text[i] != ' ') break;
            }
        }
        return null;
    }

    internal static int ToOffset(Mark mark, string text) => (int)Math.Clamp(mark.Index, 0, text.Length);

    internal static TextSpan SpanOf(ParsingEvent parsingEvent, string text)
    {
        var start = ToOffset(parsingEvent.Start, text);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(parsingEvent.End, text)));
    }

    /// <summary>Builds the tree bottom-up on a stack, so a syntax error can close what is open and keep it.</summary>
    private sealed class TreeBuilder(string text)
    {
        private readonly Stack<Frame> _open = new();

        /// <summary>Where the last event read ended: the place to report a failure the parser can't locate.</summary>
        public int LastEnd { get; private set; }

        public List<Diagnostic> Diagnostics { get; } = [];

        public ManifestNode? Root { get; private set; }

        public void Accept(ParsingEvent parsingEvent)
        {
            LastEnd = Math.Max(LastEnd, ToOffset(parsingEvent.End, text));
            switch (parsingEvent)
            {
                case MappingStart start:
                    CheckAnchorAndTag(start.Anchor, start.Tag, parsingEvent);
                    _open.Push(new Frame(isMapping: true, ToOffset(start.Start, text)));
                    break;
                case SequenceStart start:
                    CheckAnchorAndTag(start.Anchor, start.Tag, parsingEvent);
                    _open.Push(new Frame(isMapping: false, ToOffset(start.Start, text)));
                    break;
                case MappingEnd or SequenceEnd:
                    // A flow collection's end event sits on its "]" or "}" but doesn't include it.
                    var endStart = ToOffset(parsingEvent.Start, text);
                    var end = ToOffset(parsingEvent.End, text);
                    if (endStart < text.Length && text[endStart] is ']' or '}') end = Math.Max(end, endStart + 1);
                    if (_open.Count > 0) Add(_open.Pop().Close(end));
                    break;
                case Scalar scalar:
                    Add(ScalarOf(scalar));
                    break;
                case AnchorAlias alias:
                    var span = SpanOf(alias, text);
                    Diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnsupportedYamlFeature, span,
                        $"Aliases (`*{alias.Value}`) aren't supported in a manifest; write the value out (`environments` already merge over the base)."));
                    Add(new ScalarNode("", ScalarKind.Null, span));
                    break;
            }
        }

        public void CloseAll(int offset)
        {
            while (_open.Count > 0) Add(_open.Pop().Close(offset));
        }

        private ScalarNode ScalarOf(Scalar scalar)
        {
            var tagIsString = !scalar.Tag.IsEmpty && scalar.Tag.Value == "tag:yaml.org,2002:str";
            CheckAnchorAndTag(scalar.Anchor, tagIsString ? TagName.Empty : scalar.Tag, scalar);
            var kind = scalar.Style == ScalarStyle.Plain && !tagIsString ? PlainScalarKinds.Of(scalar.Value) : ScalarKind.String;
            return new ScalarNode(scalar.Value, kind, SpanOf(scalar, text));
        }

        private void CheckAnchorAndTag(AnchorName anchor, TagName tag, ParsingEvent parsingEvent)
        {
            if (!anchor.IsEmpty)
            {
                Diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnsupportedYamlFeature, SpanOf(parsingEvent, text).Length > 0 ? AnchorSpan(parsingEvent, anchor) : SpanOf(parsingEvent, text),
                    $"Anchors (`&{anchor.Value}`) aren't supported in a manifest; write the value out (`environments` already merge over the base)."));
            }
            if (!tag.IsEmpty && !tag.IsNonSpecific)
            {
                Diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnsupportedYamlFeature, SpanOf(parsingEvent, text),
                    $"YAML tags (`{tag.Value}`) aren't supported in a manifest; remove the tag and quote the value if it must be a string."));
            }
        }

        private TextSpan AnchorSpan(ParsingEvent parsingEvent, AnchorName anchor)
        {
            var start = ToOffset(parsingEvent.Start, text);
            var at = text.IndexOf("&" + anchor.Value, start, StringComparison.Ordinal);
            return at >= 0 && at <= ToOffset(parsingEvent.End, text) ? new TextSpan(at, anchor.Value.Length + 1) : SpanOf(parsingEvent, text);
        }

        private void Add(ManifestNode node)
        {
            if (_open.Count == 0)
            {
                Root ??= node;
                return;
            }
            var frame = _open.Peek();
            if (!frame.IsMapping)
            {
                frame.Items.Add(node);
                return;
            }
            if (frame.PendingKey is null && !frame.PendingKeyIsInvalid)
            {
                if (node is ScalarNode key)
                {
                    frame.PendingKey = key;
                }
                else
                {
                    Diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnsupportedYamlFeature, node.Span,
                        "A key in a manifest is a plain name; lists and maps can't be keys."));
                    frame.PendingKeyIsInvalid = true;
                }
                return;
            }
            if (frame.PendingKey is { } pendingKey)
            {
                if (frame.Properties.Exists(p => p.Name == pendingKey.Value))
                {
                    Diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.DuplicateKey, pendingKey.Span,
                        $"`{pendingKey.Value}` is already set above in this map; keep one of the two."));
                }
                else
                {
                    frame.Properties.Add(new ManifestProperty(pendingKey, node));
                }
            }
            frame.PendingKey = null;
            frame.PendingKeyIsInvalid = false;
        }

        private sealed class Frame(bool isMapping, int start)
        {
            public bool IsMapping { get; } = isMapping;
            public List<ManifestProperty> Properties { get; } = [];
            public List<ManifestNode> Items { get; } = [];
            public ScalarNode? PendingKey { get; set; }
            public bool PendingKeyIsInvalid { get; set; }

            public ManifestNode Close(int end)
            {
                var span = TextSpan.FromBounds(start, Math.Max(start, end));
                return IsMapping ? new MappingNode(Properties, span) : new SequenceNode(Items, span);
            }
        }
    }
}
