using Berth.LanguageServer.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>Raw serialization must put on the wire exactly what the JToken tree it replaces would have.</summary>
public sealed class LspSerializerTests
{
    private static readonly Diagnostic Plain = new(new Protocol.Range(new Position(3, 0), new Position(3, 12)), DiagnosticSeverity.Warning, "DL3008", "berth", "Pin versions in apt-get install. \"quoted\" \\ \u00e9");

    private static readonly Diagnostic Full = Plain with
    {
        CodeDescription = new CodeDescription("https://github.com/berth-tools/berth/blob/main/docs/rules/DL3008.md"),
        Tags = [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated],
        Data = new JObject { ["fix"] = "x", ["n"] = 1.5 },
    };

    private static string Tree(object value) => JToken.FromObject(value, LspSerializer.Instance).ToString(Formatting.None);

    [Fact]
    public void A_result_is_written_as_its_token_tree_would_be_with_camel_case_and_nulls_omitted()
    {
        IReadOnlyList<Diagnostic> results = [Plain, Full];

        var raw = LspSerializer.ToRaw(results);

        Assert.IsType<JRaw>(raw);
        Assert.Equal(Tree(results), raw.ToString(Formatting.None));
        var written = JArray.Parse(raw.ToString(Formatting.None));
        Assert.Null(written[0]["codeDescription"]);
        Assert.Equal(3, (int)written[0]["range"]!["start"]!["line"]!);
        Assert.NotNull(written[1]["codeDescription"]!["href"]);
    }

    [Fact]
    public void A_missing_result_is_json_null()
    {
        Assert.Equal(JTokenType.Null, LspSerializer.ToRaw(null).Type);
    }

    [Fact]
    public void Notification_params_keep_names_order_and_omit_null_members()
    {
        var closed = new PublishDiagnosticsParams("file:///w/Dockerfile", null, []);
        var published = new PublishDiagnosticsParams("file:///w/Dockerfile", 7, [Plain, Full]);

        var closedJson = LspSerializer.ToRawObject(closed);
        var publishedJson = LspSerializer.ToRawObject(published);

        Assert.Equal(Tree(closed), closedJson.ToString(Formatting.None));
        Assert.Equal(Tree(published), publishedJson.ToString(Formatting.None));
        Assert.Equal(["uri", "diagnostics"], ((JObject)closedJson).Properties().Select(p => p.Name));
        // StreamJsonRpc copies the params object into its message; the copy must still write the same text.
        Assert.Equal(Tree(published), JObject.FromObject(publishedJson, LspSerializer.Instance).ToString(Formatting.None));
    }

    [Fact]
    public void Params_already_json_pass_through_and_types_with_renamed_members_keep_their_names()
    {
        var given = new JObject { ["type"] = 3, ["message"] = "hi" };
        var command = new LspCommand("Build", "berth.build", new JArray("file:///w/Dockerfile"));

        Assert.Same(given, LspSerializer.ToRawObject(given));
        Assert.Equal(Tree(command), LspSerializer.ToRawObject(command).ToString(Formatting.None));
        Assert.Contains("\"command\":\"berth.build\"", LspSerializer.ToRawObject(command).ToString(Formatting.None), StringComparison.Ordinal);
    }
}
