using System.Text.Json;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.Text;

namespace Berth.LanguageServer.Protocol.Editing;

/// <summary>
/// textDocument/documentSymbol's answer for a Dockerfile, written straight from the outline: the JSON that
/// <see cref="DocumentSymbol"/> records converted from it would serialize to, without the records.
/// Why: the outline of a 50,000-line file is ~17,000 symbols, and the records (two ranges of two positions each, and
/// the children's lists) were ~4 MB that a request built, serialized once and dropped; at that heap size each
/// collection they set off paused the answer by 4-24 ms, and the answer took 14 times its 10,000-line time.
/// </summary>
public static class DocumentSymbolsJson
{
    public static EncodedJson Encode(IReadOnlyList<OutlineNode> outline, LineIndex lines)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(lines);
        return EncodedJson.Write((outline, lines), static (writer, state) => WriteArray(writer, state.outline, state.lines));
    }

    /// <summary>The LSP SymbolKind an outline entry is shown with.</summary>
    public static int KindOf(OutlineKind kind) => kind switch
    {
        OutlineKind.Stage => SymbolKinds.Class,
        OutlineKind.Variable => SymbolKinds.Variable,
        OutlineKind.Directive => SymbolKinds.Property,
        _ => SymbolKinds.Function,
    };

    private static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<OutlineNode> nodes, LineIndex lines)
    {
        writer.WriteStartArray();
        foreach (var node in nodes) WriteSymbol(writer, node, lines);
        writer.WriteEndArray();
    }

    // Members in the order, and with the omissions, of the records' converter (DocumentSymbolJsonConverter).
    private static void WriteSymbol(Utf8JsonWriter writer, OutlineNode node, LineIndex lines)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Name, node.Name);
        if (node.Detail is not null) writer.WriteString(Names.Detail, node.Detail);
        writer.WriteNumber(Names.Kind, KindOf(node.Kind));
        writer.WritePropertyName(Utf8LspWriting.Range);
        Utf8LspWriting.WriteRange(writer, node.Span, lines);
        writer.WritePropertyName(Names.SelectionRange);
        Utf8LspWriting.WriteRange(writer, node.SelectionSpan, lines);
        if (node.Children.Count > 0)
        {
            writer.WritePropertyName(Names.Children);
            WriteArray(writer, node.Children, lines);
        }
        writer.WriteEndObject();
    }

    // Property names encoded once (see Utf8LspWriting).
    private static class Names
    {
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Detail = JsonEncodedText.Encode("detail");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText SelectionRange = JsonEncodedText.Encode("selectionRange");
        public static readonly JsonEncodedText Children = JsonEncodedText.Encode("children");
    }
}
