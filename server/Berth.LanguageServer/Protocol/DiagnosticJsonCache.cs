using System.Buffers;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// The JSON of each <see cref="Diagnostic"/>, in UTF-8, kept as long as the diagnostic object lives.
/// Why: after a keystroke the diagnostics of the unchanged part of a document are the very objects of the previous
/// version, and a large document has thousands of them (five megabytes of JSON per publish at 50,000 lines); writing
/// each one once makes a publish cost the new diagnostics, plus copying bytes. UTF-8, not strings: the bytes are copied
/// into the message as they are (<see cref="Utf8JsonTextWriter"/>), and take half the memory. Keyed by identity, which
/// is sound only because a diagnostic is immutable; a weak table, so a diagnostic no list holds any more frees its
/// JSON. Thread-safe.
/// </summary>
internal static class DiagnosticJsonCache
{
    private static readonly byte[] Null = "null"u8.ToArray();

    private static readonly ConditionalWeakTable<Diagnostic, byte[]> Written = [];

    /// <summary>The serializer of a single diagnostic: the LSP settings without the cache (it is what fills it).</summary>
    private static readonly JsonSerializer Plain = LspSerializer.CreatePlain();

    /// <summary>The diagnostic as the LSP serializer writes it, in UTF-8, computed once per object.</summary>
    public static byte[] Utf8Of(Diagnostic diagnostic) => Utf8Of([diagnostic])[0];

    /// <summary>
    /// The JSON of a list's diagnostics, in order (<c>null</c> for a null item). Those not cached yet are written in
    /// one pass through one writer: a document's first publish has thousands of them, and a writer per diagnostic cost
    /// several times the writing itself.
    /// </summary>
    public static byte[][] Utf8Of(IReadOnlyList<Diagnostic?> diagnostics)
    {
        var all = new byte[diagnostics.Count][];
        ArrayBufferWriter<byte>? buffer = null;
        Utf8JsonTextWriter? writer = null;
        try
        {
            for (var i = 0; i < all.Length; i++)
            {
                var diagnostic = diagnostics[i];
                if (diagnostic is null) all[i] = Null;
                else if (Written.TryGetValue(diagnostic, out var cached)) all[i] = cached;
                else
                {
                    if (writer is null)
                    {
                        buffer = new ArrayBufferWriter<byte>(512);
                        writer = new Utf8JsonTextWriter(buffer);
                        // Inside an array the writer puts a comma before every value but the first; each value is
                        // cut out of the buffer right after it is written, so the comma is all that has to be skipped.
                        writer.WriteStartArray();
                        writer.Flush();
                    }
                    buffer!.ResetWrittenCount();
                    Plain.Serialize(writer, diagnostic);
                    writer.Flush();
                    var bytes = buffer.WrittenSpan;
                    var json = (bytes.Length > 0 && bytes[0] == (byte)',' ? bytes[1..] : bytes).ToArray();
                    // Another thread may have written the same diagnostic meanwhile: keep one (they are equal).
                    all[i] = Written.TryAdd(diagnostic, json) || !Written.TryGetValue(diagnostic, out var other) ? json : other;
                }
            }
        }
        finally
        {
            writer?.Close();
        }
        return all;
    }
}
