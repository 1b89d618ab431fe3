using System.Text.Json.Nodes;
using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Lsp;

namespace Berth.Benchmarks.Tests;

public sealed class SessionPlanTests
{
    [Fact]
    public void Types_at_the_end_of_a_comment_line_near_the_middle()
    {
        var text = SizedDockerfileGenerator.Generate(1_000);
        var lines = text.Split('\n');

        var plan = SessionPlan.For(text);

        Assert.InRange(plan.TypingAt.Line, 480, 620);
        Assert.StartsWith("#", lines[plan.TypingAt.Line]);
        Assert.Equal(lines[plan.TypingAt.Line].Length, plan.TypingAt.Character);
    }

    [Fact]
    public void Completes_right_after_a_variable_opening_and_hovers_an_instruction_keyword()
    {
        var text = SizedDockerfileGenerator.Generate(10_000);
        var lines = text.Split('\n');

        var plan = SessionPlan.For(text);

        Assert.Equal("${", lines[plan.CompletionAt.Line].Substring(plan.CompletionAt.Character - 2, 2));
        Assert.StartsWith("RUN ", lines[plan.HoverAt.Line]);
        Assert.Equal(1, plan.HoverAt.Character);
        Assert.InRange(plan.HoverAt.Line, 5_000, 5_200);
    }

    [Fact]
    public void Falls_back_to_the_middle_line_when_nothing_matches()
    {
        var plan = SessionPlan.For("FROM a\nFROM b\nFROM c\n");

        Assert.Equal(new Position(1, 0), plan.CompletionAt);
        Assert.Equal(new Position(1, 1), plan.HoverAt);
        Assert.Equal(1, plan.TypingAt.Line);
    }

    [Theory]
    [InlineData("{\"hoverProvider\":true}", "hover", true)]
    [InlineData("{\"hoverProvider\":false}", "hover", false)]
    [InlineData("{}", "hover", false)]
    [InlineData("{\"completionProvider\":{\"triggerCharacters\":[\"$\"]}}", "completion", true)]
    [InlineData("{\"semanticTokensProvider\":{\"full\":true,\"legend\":{}}}", "semanticTokens/full", true)]
    [InlineData("{\"semanticTokensProvider\":{\"full\":{\"delta\":true},\"legend\":{}}}", "semanticTokens/full", true)]
    [InlineData("{\"semanticTokensProvider\":{\"range\":true,\"legend\":{}}}", "semanticTokens/full", false)]
    public void A_step_is_sent_only_when_the_server_advertises_it(string capabilities, string step, bool expected)
    {
        var sessionStep = SessionStep.All.Single(s => s.Name == step);

        Assert.Equal(expected, SessionRunner.IsAdvertised((JsonObject)JsonNode.Parse(capabilities)!, sessionStep));
    }
}
