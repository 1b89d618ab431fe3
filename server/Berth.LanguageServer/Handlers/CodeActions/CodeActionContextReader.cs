using Berth.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.CodeActions;

/// <summary>One diagnostic of the client's code action context: the rule id and range we match on, and the JSON as sent.</summary>
internal sealed record ClientDiagnostic(string Code, LspRange Range, JToken Raw);

/// <summary>What the client asked for: the diagnostics in context and the kinds it wants (null: any).</summary>
internal sealed record CodeActionRequest(IReadOnlyList<ClientDiagnostic> Diagnostics, IReadOnlyList<string>? Only)
{
    /// <summary>LSP kinds are hierarchical: "source" asks for "source.fixAll.berth" too; "" (VS Code's Empty) asks for everything.</summary>
    public bool Wants(string kind) =>
        Only is null || Only.Any(o => o.Length == 0 || kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));
}

/// <summary>
/// Reads the code action context leniently. VS Code sends <c>code</c> as a string, a number or
/// <c>{value, target}</c>, adds fields of its own, and may omit <c>data</c>; a diagnostic whose code or range
/// cannot be read is skipped (it gets no fixes) instead of failing the whole request.
/// </summary>
internal static class CodeActionContextReader
{
    public static CodeActionRequest Read(JToken? context)
    {
        if (context is not JObject obj) return new CodeActionRequest([], null);
        var diagnostics = new List<ClientDiagnostic>();
        if (obj["diagnostics"] is JArray array)
        {
            foreach (var item in array)
            {
                if (ReadDiagnostic(item) is { } diagnostic) diagnostics.Add(diagnostic);
            }
        }
        IReadOnlyList<string>? only = obj["only"] is JArray kinds
            ? kinds.Where(k => k.Type == JTokenType.String).Select(k => (string)k!).ToArray()
            : null;
        return new CodeActionRequest(diagnostics, only);
    }

    private static ClientDiagnostic? ReadDiagnostic(JToken item)
    {
        if (item is not JObject diagnostic) return null;
        var code = Code(diagnostic["code"]);
        var range = Range(diagnostic["range"]);
        return code is null || range is null ? null : new ClientDiagnostic(code, range, diagnostic);
    }

    private static string? Code(JToken? code) => code switch
    {
        JValue { Type: JTokenType.String or JTokenType.Integer } value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        JObject withTarget => Code(withTarget["value"]),
        _ => null,
    };

    private static LspRange? Range(JToken? range)
    {
        if (range is not JObject obj) return null;
        var start = Position(obj["start"]);
        var end = Position(obj["end"]);
        return start is null || end is null ? null : new LspRange(start, end);
    }

    private static Position? Position(JToken? position) =>
        position is JObject { } obj && obj["line"] is JValue { Type: JTokenType.Integer } line && obj["character"] is JValue { Type: JTokenType.Integer } character
            ? new Position((int)line, (int)character)
            : null;
}
