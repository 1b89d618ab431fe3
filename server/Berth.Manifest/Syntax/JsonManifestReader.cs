using System.Text;
using System.Text.Json;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Rules;

namespace Berth.Manifest.Syntax;

/// <summary>
/// Reads berth.json into a <see cref="ManifestNode"/> tree with exact UTF-16 spans. System.Text.Json counts
/// UTF-8 bytes, so the reader keeps a byte-to-character map; comments and trailing commas are allowed
/// (editors write them), repeated keys and syntax errors become diagnostics, and nothing throws.
/// </summary>
public static class JsonManifestReader
{
    public static ManifestReadResult Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var charAt = CharOffsetsOfBytes(text, bytes.Length);
        var diagnostics = new List<Diagnostic>();
        var open = new Stack<Frame>();
        ManifestNode? root = null;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        void Add(ManifestNode node)
        {
            if (open.Count == 0)
            {
                root ??= node;
                return;
            }
            var frame = open.Peek();
            if (!frame.IsObject)
            {
                frame.Items.Add(node);
                return;
            }
            if (frame.PendingKey is not { } key) return;
            if (frame.Properties.Exists(p => p.Name == key.Value))
            {
                diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.DuplicateKey, key.Span,
                    $"`{key.Value}` is already set above in this object; keep one of the two."));
            }
            else
            {
                frame.Properties.Add(new ManifestProperty(key, node));
            }
            frame.PendingKey = null;
        }

        try
        {
            while (reader.Read())
            {
                var start = charAt[reader.TokenStartIndex];
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(new Frame(isObject: true, start));
                        break;
                    case JsonTokenType.StartArray:
                        open.Push(new Frame(isObject: false, start));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        if (open.Count > 0) Add(open.Pop().Close(start + 1));
                        break;
                    case JsonTokenType.PropertyName:
                        if (open.Count > 0) open.Peek().PendingKey = new ScalarNode(reader.GetString()!, ScalarKind.String, QuotedSpan(ref reader, charAt));
                        break;
                    case JsonTokenType.String:
                        Add(new ScalarNode(reader.GetString()!, ScalarKind.String, QuotedSpan(ref reader, charAt)));
                        break;
                    case JsonTokenType.Number:
                        var number = Encoding.UTF8.GetString(reader.ValueSpan);
                        var isInteger = number.IndexOfAny(['.', 'e', 'E']) < 0;
                        Add(new ScalarNode(number, isInteger ? ScalarKind.Integer : ScalarKind.Float, BareSpan(ref reader, charAt)));
                        break;
                    case JsonTokenType.True or JsonTokenType.False:
                        Add(new ScalarNode(reader.TokenType == JsonTokenType.True ? "true" : "false", ScalarKind.Boolean, BareSpan(ref reader, charAt)));
                        break;
                    case JsonTokenType.Null:
                        Add(new ScalarNode("", ScalarKind.Null, BareSpan(ref reader, charAt)));
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            var offset = OffsetOf(exception, bytes, charAt);
            while (open.Count > 0) Add(open.Pop().Close(offset));
            var end = offset < text.Length && text[offset] is not ('\r' or '\n') ? offset + 1 : offset;
            diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.SyntaxError, TextSpan.FromBounds(offset, end),
                $"This JSON can't be read: {ReasonOf(exception)} Check for a missing comma, quote or bracket here."));
        }
        return new ManifestReadResult(root, diagnostics);
    }

    private static TextSpan QuotedSpan(ref Utf8JsonReader reader, int[] charAt)
    {
        // ValueSpan holds the raw (still escaped) bytes between the quotes.
        var startByte = (int)reader.TokenStartIndex;
        var endByte = Math.Min(charAt.Length - 1, startByte + reader.ValueSpan.Length + 2);
        return TextSpan.FromBounds(charAt[startByte], charAt[endByte]);
    }

    private static TextSpan BareSpan(ref Utf8JsonReader reader, int[] charAt)
    {
        var startByte = (int)reader.TokenStartIndex;
        return TextSpan.FromBounds(charAt[startByte], charAt[Math.Min(charAt.Length - 1, startByte + reader.ValueSpan.Length)]);
    }

    private static string ReasonOf(JsonException exception)
    {
        var message = exception.Message;
        var marker = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (marker >= 0) message = message[..marker];
        message = message.Trim();
        if (!message.EndsWith('.')) message += ".";
        return message;
    }

    private static int OffsetOf(JsonException exception, byte[] bytes, int[] charAt)
    {
        var line = exception.LineNumber ?? 0;
        var lineStart = 0;
        for (var i = 0; i < bytes.Length && line > 0; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            line--;
            lineStart = i + 1;
        }
        var byteOffset = (int)Math.Clamp(lineStart + (exception.BytePositionInLine ?? 0), 0, bytes.Length);
        return charAt[byteOffset];
    }

    // charAt[b] = the UTF-16 offset of the character that byte b belongs to; charAt[length] = text length.
    private static int[] CharOffsetsOfBytes(string text, int byteCount)
    {
        var map = new int[byteCount + 1];
        var b = 0;
        for (var c = 0; c < text.Length; c++)
        {
            int width;
            var ch = text[c];
            if (ch < 0x80) width = 1;
            else if (ch < 0x800) width = 2;
            else if (char.IsHighSurrogate(ch) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1])) width = 4;
            else width = 3;
            for (var k = 0; k < width && b < byteCount; k++) map[b++] = c;
            if (width == 4) c++;
        }
        while (b <= byteCount) map[b++] = text.Length;
        return map;
    }

    private sealed class Frame(bool isObject, int start)
    {
        public bool IsObject { get; } = isObject;
        public List<ManifestProperty> Properties { get; } = [];
        public List<ManifestNode> Items { get; } = [];
        public ScalarNode? PendingKey { get; set; }

        public ManifestNode Close(int end)
        {
            var span = TextSpan.FromBounds(start, Math.Max(start, end));
            return IsObject ? new MappingNode(Properties, span) : new SequenceNode(Items, span);
        }
    }
}
