using Berth.Dockerfile;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Semantic tokens answers are written straight to UTF-8 (<see cref="SemanticTokensJson"/>); they must be the JSON of
/// the <see cref="SemanticTokens"/> and <see cref="SemanticTokensDelta"/> records they replace, as the LSP serializer
/// writes them, byte for byte.
/// </summary>
public sealed class SemanticTokensJsonTests
{
    private static string Records(object value)
    {
        using var json = EncodedJson.Of(value);
        return json.Text;
    }

    private static string Written(EncodedJson json)
    {
        using (json) return json.Text;
    }

    public static TheoryData<string?, int[]> TokenAnswers => new()
    {
        { "7", [0, 0, 4, 1, 0, 1, 5, 6, 2, 3] },
        { null, [2, 4, 1, 0, 0] },
        { "12", [] },
        { null, [] },
        { "x\"y\\z\u00e9", [int.MaxValue, 0, 1, 2, 1 << 30] },
    };

    [Theory]
    [MemberData(nameof(TokenAnswers))]
    public void Tokens_are_written_as_their_record_was(string? resultId, int[] data)
    {
        Assert.Equal(Records(new SemanticTokens(resultId, data)), Written(SemanticTokensJson.Tokens(resultId, data)));
    }

    [Fact]
    public void A_generated_files_tokens_are_written_as_their_record_was()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i =>
            $"FROM alpine:{i} AS s{i}\nARG V{i}=x\nENV E{i}=${{V{i}}}\nRUN echo \"$E{i}\" \\\n  && true\nCOPY --from=s{i} /a /b\n# comment {i}\n"));
        var data = SemanticTokenEncoding.Encode(SemanticTokenizer.Tokenize(DockerfileDocument.Parse(text)));
        Assert.True(data.Length > 5_000, $"the file should have many tokens, got {data.Length / 5}");

        var written = Written(SemanticTokensJson.Tokens("3", data));

        Assert.Equal(Records(new SemanticTokens("3", data)), written);
        Assert.Equal(data, JObject.Parse(written)["data"]!.Select(d => (int)d));
    }

    public static TheoryData<SemanticTokensDelta> DeltaAnswers => new()
    {
        new SemanticTokensDelta("4") { Edits = [new SemanticTokensEdit(10, 5, [1, 2, 3, 4, 5])] },
        new SemanticTokensDelta("5") { Edits = [new SemanticTokensEdit(0, 3, null), new SemanticTokensEdit(7, 0, [])] },
        new SemanticTokensDelta("6") { Edits = [] },
        new SemanticTokensDelta("8") { Data = [0, 0, 4, 1, 0] },
        new SemanticTokensDelta("0") { Data = [] },
        new SemanticTokensDelta("9"),
    };

    [Theory]
    [MemberData(nameof(DeltaAnswers))]
    public void Deltas_are_written_as_their_record_was(SemanticTokensDelta delta)
    {
        Assert.Equal(Records(delta), Written(SemanticTokensJson.Delta(delta)));
    }
}
