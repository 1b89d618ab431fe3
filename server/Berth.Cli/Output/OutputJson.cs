using System.Text.Encodings.Web;
using System.Text.Json;

namespace Berth.Cli.Output;

/// <summary>JSON settings shared by the JSON-based formats: indented, and non-ASCII text (CJK messages, paths) kept readable.</summary>
internal static class OutputJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
