using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// The JSON text of each <see cref="Diagnostic"/>, kept as long as the diagnostic object lives.
/// Why: after a keystroke the diagnostics of the unchanged part of a document are the very objects of the previous
/// version, and a large document has thousands of them (a megabyte of JSON per publish); writing each one once
/// makes a publish cost the new diagnostics, plus copying text. Keyed by identity, which is sound only because a
/// diagnostic is immutable; a weak table, so a diagnostic no list holds any more frees its text. Thread-safe.
/// </summary>
internal static class DiagnosticJsonCache
{
    private static readonly ConditionalWeakTable<Diagnostic, string> Texts = [];

    private static readonly ConditionalWeakTable<Diagnostic, string>.CreateValueCallback Write = WriteText;

    /// <summary>The serializer of a single diagnostic: the LSP settings without the cache (it is what fills it).</summary>
    private static readonly JsonSerializer Plain = LspSerializer.CreatePlain();

    [ThreadStatic]
    private static StringBuilder? t_buffer;

    /// <summary>The diagnostic as the LSP serializer writes it, computed once per object.</summary>
    public static string TextOf(Diagnostic diagnostic) => Texts.GetValue(diagnostic, Write);

    private static string WriteText(Diagnostic diagnostic)
    {
        var buffer = t_buffer ??= new StringBuilder(512);
        buffer.Clear();
        using (var text = new StringWriter(buffer, CultureInfo.InvariantCulture))
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None })
        {
            Plain.Serialize(writer, diagnostic);
        }
        return buffer.ToString();
    }
}
