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

    /// <summary>
    /// The texts of a list's diagnostics, in order (JSON <c>null</c> for a null item). Those not cached yet are
    /// written in one pass through one writer: a document's first publish has thousands of them, and a writer per
    /// diagnostic cost several times the writing itself.
    /// </summary>
    public static string[] TextsOf(IReadOnlyList<Diagnostic?> diagnostics)
    {
        var texts = new string[diagnostics.Count];
        StringBuilder? buffer = null;
        StringWriter? text = null;
        JsonTextWriter? writer = null;
        try
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var diagnostic = diagnostics[i];
                if (diagnostic is null) texts[i] = "null";
                else if (Texts.TryGetValue(diagnostic, out var cached)) texts[i] = cached;
                else
                {
                    if (writer is null)
                    {
                        buffer = new StringBuilder(512);
                        text = new StringWriter(buffer, CultureInfo.InvariantCulture);
                        writer = new JsonTextWriter(text) { Formatting = Formatting.None };
                        // Inside an array the writer puts a comma before every value but the first; each value is
                        // cut out of the buffer right after it is written, so the comma is all that has to be skipped.
                        writer.WriteStartArray();
                    }
                    buffer!.Clear();
                    Plain.Serialize(writer, diagnostic);
                    var skip = buffer.Length > 0 && buffer[0] == ',' ? 1 : 0;
                    var written = buffer.ToString(skip, buffer.Length - skip);
                    // Another thread may have written the same diagnostic meanwhile: keep one text (they are equal).
                    texts[i] = Texts.TryAdd(diagnostic, written) || !Texts.TryGetValue(diagnostic, out var other) ? written : other;
                }
            }
        }
        finally
        {
            writer?.Close();
            text?.Dispose();
        }
        return texts;
    }

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
