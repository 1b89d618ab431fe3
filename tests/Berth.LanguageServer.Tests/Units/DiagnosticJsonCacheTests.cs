using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Diagnostics are written from JSON text cached per object: the bytes on the wire must be those the serializer
/// writes without the cache, for every diagnostic feature, in every version of a list, and a diagnostic can never
/// change under its cached text.
/// </summary>
public sealed class DiagnosticJsonCacheTests
{
    private const string Uri = "file:///w/Dockerfile";

    /// <summary>What LspSerializer writes by contract alone (camelCase, nulls omitted): what its cache and converters must equal.</summary>
    internal static readonly JsonSerializer Reference = new()
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        NullValueHandling = NullValueHandling.Ignore,
    };

    private static Diagnostic Plain(int line, string message) =>
        new(new Protocol.Range(new Position(line, 2), new Position(line, 14)), DiagnosticSeverity.Warning, "DL3008", "berth", message);

    private static Diagnostic Full(int line) => Plain(line, "Pin versions: \"quoted\" \\ back/slash \u00e9\u4e2d \U0001F433 tab\there\nnew line \u0001 </x>") with
    {
        Severity = DiagnosticSeverity.Error,
        CodeDescription = new CodeDescription("https://github.com/berth-tools/berth/blob/main/docs/rules/DL3008.md"),
        Tags = [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated],
        RelatedInformation = [new DiagnosticRelatedInformation(new Location("file:///w/other%20dir/Dockerfile", new Protocol.Range(new Position(0, 0), new Position(0, 4))), "first defined here \u00fc")],
        Data = new JObject { ["fixes"] = new JArray(new JObject { ["title"] = "Pin \"curl\"", ["newText"] = "curl=7.88\n" }), ["n"] = 1.5, ["flag"] = true, ["none"] = null },
    };

    private static List<Diagnostic> EveryFeature() =>
        [Plain(0, "plain"), Full(1), Plain(2, "") with { Severity = DiagnosticSeverity.Hint, Tags = [] }, Plain(3, "info") with { Severity = DiagnosticSeverity.Information, Source = "shellcheck", Code = "SC2086" }, Full(4)];

    private static string ReferenceText(object value)
    {
        using var text = new StringWriter();
        using (var writer = new JsonTextWriter(text)) Reference.Serialize(writer, value);
        return text.ToString();
    }

    /// <summary>The text the server puts on the wire for a value (see EncodedJsonTests for the message around it).</summary>
    private static string Written(EncodedJson encoded)
    {
        using (encoded) return encoded.Text;
    }

    [Fact]
    public void A_publish_with_every_diagnostic_feature_is_written_as_the_uncached_serializer_writes_it()
    {
        var published = new PublishDiagnosticsParams(Uri, 3, EveryFeature());

        var cached = Written(EncodedJson.Of(published));
        var again = Written(EncodedJson.Of(published));

        Assert.Equal(ReferenceText(published), cached);
        Assert.Equal(cached, again);
        Assert.Contains("\"relatedInformation\":[{\"location\":{\"uri\":\"file:///w/other%20dir/Dockerfile\"", cached, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_and_a_pull_report_of_the_same_diagnostics_carry_the_same_items()
    {
        var items = EveryFeature();

        var published = JObject.Parse(Written(EncodedJson.Of(new PublishDiagnosticsParams(Uri, 3, items))));
        var report = JObject.Parse(Written(EncodedJson.Of(new FullDocumentDiagnosticReport(items))));

        Assert.Equal(items.Count, ((JArray)published["diagnostics"]!).Count);
        Assert.True(JToken.DeepEquals(published["diagnostics"], report["items"]));
        Assert.Equal(ReferenceText(new FullDocumentDiagnosticReport([])), Written(EncodedJson.Of(new FullDocumentDiagnosticReport([]))));
    }

    [Fact]
    public void A_pull_report_and_a_bare_list_are_written_as_the_uncached_serializer_writes_them()
    {
        var items = EveryFeature();
        var report = new FullDocumentDiagnosticReport(items);

        Assert.Equal(ReferenceText(report), Written(EncodedJson.Of(report)));
        Assert.Equal(ReferenceText(items), Written(EncodedJson.Of(items)));
        Assert.Equal(ReferenceText(items[1]), Written(EncodedJson.Of(items[1])));
        Assert.Equal(ReferenceText(Array.Empty<Diagnostic>()), Written(EncodedJson.Of(Array.Empty<Diagnostic>())));
    }

    [Fact]
    public void The_next_version_reuses_unchanged_diagnostics_and_writes_the_replaced_ones_anew()
    {
        var first = Enumerable.Range(0, 200).Select(i => i % 7 == 0 ? Full(i) : Plain(i, $"finding {i}")).ToList();
        Assert.Equal(ReferenceText(first), Written(EncodedJson.Of(first)));

        var second = first.ToList();
        second[100] = second[100] with { Message = "edited finding" };
        second[7] = second[7] with { Range = new Protocol.Range(new Position(7, 0), new Position(8, 1)) };
        second.RemoveAt(150);
        second.Insert(3, Plain(3, "inserted"));

        // The publish path (fragments, the new ones written in one pass) and the plain serializer path alike.
        var written = Written(EncodedJson.Of(second));
        var third = second.Select(d => d.Message == "inserted" ? d with { Message = "inserted again" } : d).ToList();

        Assert.Equal(ReferenceText(second), written);
        Assert.Equal(ReferenceText(second), Written(EncodedJson.Of(second)));
        Assert.Equal(ReferenceText(third), Written(EncodedJson.Of(third)));
        Assert.Equal(ReferenceText(third), Written(EncodedJson.Of(third)));
        Assert.Contains("\"message\":\"edited finding\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"message\":\"finding 100\"", written, StringComparison.Ordinal);
        Assert.Contains("\"end\":{\"line\":8,\"character\":1}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_what_a_diagnostic_was_built_from_or_what_it_hands_out_does_not_change_it()
    {
        var tags = new List<DiagnosticTag> { DiagnosticTag.Unnecessary };
        var related = new List<DiagnosticRelatedInformation> { new(new Location(Uri, new Protocol.Range(new Position(0, 0), new Position(0, 1))), "here") };
        var data = new JObject { ["fix"] = "a" };
        var diagnostic = Plain(5, "m") with { Tags = tags, RelatedInformation = related, Data = data };
        var before = Written(EncodedJson.Of(diagnostic));

        tags.Add(DiagnosticTag.Deprecated);
        related.Clear();
        data["fix"] = "b";
        ((JObject)diagnostic.Data!)["fix"] = "c";

        Assert.Equal(before, Written(EncodedJson.Of(diagnostic)));
        Assert.Equal(before, ReferenceText(diagnostic));
        Assert.Equal([DiagnosticTag.Unnecessary], diagnostic.Tags);
        Assert.Single(diagnostic.RelatedInformation!);
        Assert.Equal("a", (string?)diagnostic.Data!["fix"]);
        Assert.False(diagnostic.Tags is IList<DiagnosticTag> { IsReadOnly: false });
    }

    [Fact]
    public void A_diagnostic_sent_back_by_a_client_is_read_with_every_feature()
    {
        var original = Full(9);
        var json = JToken.Parse(Written(EncodedJson.Of(original)));

        var read = json.ToObject<Diagnostic>(LspSerializer.Instance)!;

        Assert.Equal(original.Message, read.Message);
        Assert.Equal(original.Tags, read.Tags);
        Assert.Equal(original.RelatedInformation![0], read.RelatedInformation![0]);
        Assert.True(JToken.DeepEquals(original.Data, read.Data));
        Assert.Equal(ReferenceText(original), Written(EncodedJson.Of(read)));
    }

    [Fact]
    public void Lists_sharing_diagnostics_written_from_several_threads_at_once_all_come_out_right()
    {
        var shared = Enumerable.Range(0, 300).Select(i => i % 5 == 0 ? Full(i) : Plain(i, $"shared {i}")).ToArray();
        var expected = ReferenceText(shared);

        var written = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => Written(EncodedJson.Of(shared))).ToArray();

        Assert.All(written, w => Assert.Equal(expected, w));
    }
}
