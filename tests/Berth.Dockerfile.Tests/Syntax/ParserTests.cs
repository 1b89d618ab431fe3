using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.Syntax;

public sealed class ParserTests
{
    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static DockerfileSyntax ParseRoundTrip(string text)
    {
        var tree = DockerfileSyntax.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        var at = 0;
        foreach (var node in tree.Nodes)
        {
            Assert.Equal(at, node.FullSpan.Start);
            var tokenAt = node.FullSpan.Start;
            foreach (var token in node.Tokens)
            {
                Assert.Equal(tokenAt, token.Span.Start);
                tokenAt = token.Span.End;
            }
            Assert.Equal(node.FullSpan.End, tokenAt);
            at = node.FullSpan.End;
        }
        Assert.Equal(text.Length, at);
        return tree;
    }

    [Fact]
    public void Simple_file_has_instructions_with_keywords_and_arguments()
    {
        const string text = "FROM alpine:3.20 AS build\nRUN echo hi\n";
        var tree = ParseRoundTrip(text);
        Assert.Equal(2, tree.Instructions.Count);
        var from = tree.Instructions[0];
        Assert.Equal(InstructionKind.From, from.Kind);
        Assert.Equal("FROM", At(text, from.KeywordSpan));
        Assert.Equal("alpine:3.20", from.From!.Image!.Text);
        Assert.Equal("build", from.From.StageName!.Text);
        Assert.Equal("AS", from.From.AsKeyword!.Text);
        Assert.Equal("echo hi", tree.Instructions[1].ShellCommand);
    }

    [Fact]
    public void Flags_have_name_and_value_spans()
    {
        const string text = "FROM --platform=$BUILDPLATFORM golang AS b\nCOPY --from=b --chown=1:1 --link a /b/\n";
        var tree = ParseRoundTrip(text);
        var platform = tree.Instructions[0].From!.Platform!;
        Assert.Equal("platform", platform.Name);
        Assert.Equal("platform", At(text, platform.NameSpan));
        Assert.Equal("$BUILDPLATFORM", At(text, platform.ValueSpan!.Value));
        var copy = tree.Instructions[1];
        Assert.Equal(["from", "chown", "link"], copy.Flags.Select(f => f.Name));
        Assert.Null(copy.Flag("link")!.Value);
        Assert.Equal(["a", "/b/"], copy.Arguments.Select(a => a.Text));
        Assert.Equal("BUILDPLATFORM", tree.Instructions[0].Variables.Single().Name);
    }

    [Fact]
    public void Continuations_skip_comment_and_blank_lines()
    {
        const string text = "RUN apt-get update \\\n    # a comment\n\n    && apt-get install -y curl\n";
        var tree = ParseRoundTrip(text);
        var run = Assert.Single(tree.Instructions);
        Assert.Equal("apt-get update     && apt-get install -y curl", run.ArgumentsText);
        Assert.Equal("# a comment", At(text, Assert.Single(run.Comments)));
        Assert.Single(run.EmptyContinuationLines);
        var curl = run.Arguments.Single(a => a.Text == "curl");
        Assert.Equal("curl", At(text, curl.Span));
        Assert.Contains(run.Tokens, t => t.Kind == SyntaxKind.LineContinuation);
        Assert.Contains(run.Tokens, t => t.Kind == SyntaxKind.Comment);
    }

    [Fact]
    public void Escape_directive_switches_to_backtick()
    {
        const string text = "# escape=`\r\nFROM mcr.microsoft.com/windows\r\nRUN dir `\r\n  c:\\\r\n";
        var tree = ParseRoundTrip(text);
        Assert.Equal('`', tree.Escape);
        Assert.Equal("escape", Assert.Single(tree.Directives).Name);
        Assert.Equal("dir   c:\\", tree.Instructions[1].ArgumentsText);
    }

    [Fact]
    public void Directives_stop_after_the_first_other_line()
    {
        var tree = ParseRoundTrip("# syntax=docker/dockerfile:1\n# comment\n# escape=`\nFROM a\n");
        Assert.Single(tree.Directives);
        Assert.Equal('\\', tree.Escape);
    }

    [Fact]
    public void Exec_form_follows_json_rules()
    {
        var tree = ParseRoundTrip("CMD [\"a\", \"b\\\"c\"]\nCMD ['a']\nCMD [\"a\",]\nCMD []\nENTRYPOINT [\"x\"] y\n");
        Assert.Equal(["a", "b\"c"], tree.Instructions[0].ExecForm!.Elements.Select(e => e.Value));
        Assert.Null(tree.Instructions[1].ExecForm);
        Assert.Null(tree.Instructions[2].ExecForm);
        Assert.Empty(tree.Instructions[3].ExecForm!.Elements);
        Assert.Null(tree.Instructions[4].ExecForm);
        Assert.Equal("['a']", tree.Instructions[1].ShellCommand);
    }

    [Fact]
    public void Heredocs_several_per_line_with_dash_and_quotes()
    {
        const string text = "RUN <<EOF1 cat - <<-\"EOF2\"\necho $HOME\nEOF1\n\tbody2\n\tEOF2\nCOPY <<'X' /a\nx\nX\n";
        var tree = ParseRoundTrip(text);
        var run = tree.Instructions[0];
        Assert.Equal(2, run.Heredocs.Count);
        Assert.Equal("EOF1", run.Heredocs[0].Delimiter);
        Assert.Equal("echo $HOME\n", run.Heredocs[0].Body);
        Assert.True(run.Heredocs[1].StripsLeadingTabs);
        Assert.True(run.Heredocs[1].IsQuoted);
        Assert.Equal("EOF2", At(text, run.Heredocs[1].DelimiterSpan));
        Assert.Equal("\tbody2\n", run.Heredocs[1].Body);
        Assert.Equal(InstructionKind.Copy, tree.Instructions[1].Kind);
        Assert.Equal("x\n", tree.Instructions[1].Heredocs[0].Body);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Unterminated_heredoc_is_reported_on_its_marker()
    {
        const string text = "RUN <<EOF\necho\n";
        var tree = ParseRoundTrip(text);
        var d = Assert.Single(tree.Diagnostics);
        Assert.Equal("BER0007", d.Code);
        Assert.Equal("<<EOF", At(text, d.Span));
    }

    [Fact]
    public void Variables_with_modifiers_and_escapes()
    {
        const string text = "ENV A=${B:-x${C}} D=\\$E F='$G' H=${I!j} K=$L\n";
        var tree = ParseRoundTrip(text);
        var vars = tree.Instructions[0].Variables;
        Assert.Equal(["B", "I", "L"], vars.Select(v => v.Name));
        Assert.Equal(":-", vars[0].Modifier);
        Assert.Equal("x${C}", vars[0].Operand);
        Assert.Equal("C", Assert.Single(vars[0].Nested).Name);
        Assert.False(vars[1].HasValidModifier);
        Assert.Equal("${B:-x${C}}", At(text, vars[0].Span));
    }

    [Fact]
    public void Env_key_values_in_both_forms()
    {
        var tree = ParseRoundTrip("ENV A=1 B=\"two words\"\nENV LEGACY value with spaces\n");
        Assert.Equal(["A", "B"], tree.Instructions[0].KeyValues.Select(k => k.Key));
        Assert.Equal("two words", tree.Instructions[0].KeyValues[1].Value);
        var legacy = Assert.Single(tree.Instructions[1].KeyValues);
        Assert.True(legacy.IsLegacyForm);
        Assert.Equal("value with spaces", legacy.Value);
    }

    [Fact]
    public void Onbuild_has_a_trigger()
    {
        var tree = ParseRoundTrip("ONBUILD COPY --chown=1 . /app\n");
        var trigger = tree.Instructions[0].Trigger!;
        Assert.Equal(InstructionKind.Copy, trigger.Kind);
        Assert.Equal("chown", trigger.Flags.Single().Name);
    }

    [Fact]
    public void Bom_and_crlf_and_missing_final_newline_round_trip()
    {
        var tree = ParseRoundTrip("\uFEFFFROM a\r\nRUN b \\\r\n c");
        Assert.IsType<ByteOrderMarkSyntax>(tree.Nodes[0]);
        Assert.Equal("b  c", tree.Instructions[1].ArgumentsText);
    }

    [Fact]
    public void Token_at_offset_finds_flags_and_words()
    {
        const string text = "COPY --from=build /src /dst\n";
        var tree = ParseRoundTrip(text);
        Assert.Equal(SyntaxKind.Flag, tree.FindToken(8)!.Value.Kind);
        Assert.Equal(SyntaxKind.Word, tree.FindToken(text.IndexOf("/dst", StringComparison.Ordinal) + 2)!.Value.Kind);
        Assert.Equal(SyntaxKind.Keyword, tree.FindToken(0)!.Value.Kind);
    }
}
