using Berth.Dockerfile.ShellCheck;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.ShellCheck;

/// <summary>The scripts ShellCheck is given, and the map from script (line, column) back to the Dockerfile.</summary>
public sealed class ShellCheckScriptsTests
{
    private static IReadOnlyList<ShellCheckScript> Scripts(string text) => ShellCheckScripts.Of(DockerfileDocument.Parse(text));

    private static ShellCheckScript Single(string text) => Assert.Single(Scripts(text));

    // Script lines without the declaration line Berth writes first.
    private static string Body(ShellCheckScript script) => script.Text[(script.Text.IndexOf('\n') + 1)..];

    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void A_continued_run_is_joined_as_docker_joins_it()
    {
        const string text = "FROM debian\nRUN apt-get update \\\n    # a comment\n\n    && echo $x \\\n    && true\n";
        var script = Single(text);
        Assert.Equal("sh", script.Dialect);
        Assert.Equal("apt-get update     && echo $x     && true\n", Body(script));
    }

    [Fact]
    public void A_finding_on_the_third_continuation_line_maps_to_the_exact_characters()
    {
        const string text = "FROM debian\nRUN set -e \\\n  && apt-get update \\\n  && echo $name\n";
        var script = Single(text);
        var column = Body(script).IndexOf("$name", StringComparison.Ordinal) + 1;
        var span = script.Map(2, column, 2, column + 5);
        Assert.Equal("$name", At(text, span));
        Assert.Equal(new LinePosition(3, 10), DockerfileDocument.Parse(text).Lines.PositionOf(span.Start));
    }

    [Fact]
    public void The_backtick_escape_directive_joins_lines_and_keeps_backslashes()
    {
        const string text = "# escape=`\nFROM windows\nSHELL [\"bash\", \"-c\"]\nRUN echo a\\b `\n  && echo $v\n";
        var script = Single(text);
        Assert.Equal("bash", script.Dialect);
        Assert.Equal("echo a\\b   && echo $v\n", Body(script));
        var column = Body(script).IndexOf("$v", StringComparison.Ordinal) + 1;
        Assert.Equal("$v", At(text, script.Map(2, column, 2, column + 2)));
    }

    [Fact]
    public void Columns_count_code_points_so_text_after_an_emoji_maps_to_the_right_utf16_offset()
    {
        const string text = "FROM debian\nRUN echo \"😀\" $x\n";
        var script = Single(text);
        // ShellCheck counts the emoji as one column: "echo "😀" " is 9 columns, so $x is at column 10.
        Assert.Equal("$x", At(text, script.Map(2, 10, 2, 12)));
    }

    [Fact]
    public void Visible_arg_and_env_names_and_the_proxy_arguments_are_pre_declared_on_the_first_line()
    {
        var script = Single("ARG GLOBAL=1\nFROM debian\nARG version\nENV app_home=/app other-name=x\nRUN echo $version\nARG later\n");
        var first = script.Text[..script.Text.IndexOf('\n')];
        Assert.StartsWith("export ", first, StringComparison.Ordinal);
        Assert.Contains(" app_home ", first, StringComparison.Ordinal);
        Assert.Contains(" version", first, StringComparison.Ordinal);
        Assert.Contains(" http_proxy ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("later", first, StringComparison.Ordinal);
        Assert.DoesNotContain("GLOBAL", first, StringComparison.Ordinal);
        Assert.DoesNotContain("other-name", first, StringComparison.Ordinal);
        Assert.Equal(-1, script.SourceOffset(0));
    }

    [Fact]
    public void The_stage_shell_and_the_hadolint_shell_pragma_choose_the_dialect()
    {
        Assert.Equal("bash", Single("FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo\n").Dialect);
        Assert.Equal("bash", Single("FROM a\nSHELL [\"/usr/bin/env\", \"bash\", \"-c\"]\nRUN echo\n").Dialect);
        Assert.Equal("dash", Single("FROM alpine\nSHELL [\"/bin/ash\", \"-c\"]\nRUN echo\n").Dialect);
        Assert.Equal("bash", Single("# hadolint shell=bash\nFROM a\nRUN echo\n").Dialect);
        Assert.Empty(Scripts("FROM a\nSHELL [\"pwsh\", \"-Command\"]\nRUN Write-Host hi\n"));
        Assert.Empty(Scripts("FROM a\nSHELL [\"cmd\", \"/S\", \"/C\"]\nRUN dir\n"));
        Assert.Empty(Scripts("# hadolint shell=powershell\nFROM a\nRUN Write-Host hi\n"));
    }

    [Fact]
    public void Exec_form_and_empty_runs_have_no_script()
    {
        Assert.Empty(Scripts("FROM a\nRUN [\"echo\", \"$x\"]\nRUN --mount=type=cache,target=/x\nCMD echo $x\n"));
    }

    [Fact]
    public void An_onbuild_run_is_checked()
    {
        Assert.Equal("echo $x\n", Body(Single("FROM a\nONBUILD RUN echo $x\n")));
    }

    [Fact]
    public void A_heredoc_run_checks_its_body_as_the_script_at_exact_positions()
    {
        const string text = "FROM debian\nRUN <<EOF\nset -e\necho $v\nEOF\nRUN echo done\n";
        var scripts = Scripts(text);
        Assert.Equal(2, scripts.Count);
        var script = scripts[0];
        Assert.Equal("set -e\necho $v\n", Body(script));
        // Script line 3 is the body's second line.
        Assert.Equal("$v", At(text, script.Map(3, 6, 3, 8)));
        Assert.Equal(new LinePosition(3, 5), DockerfileDocument.Parse(text).Lines.PositionOf(script.Map(3, 6, 3, 8).Start));
    }

    [Fact]
    public void A_heredoc_shebang_names_the_shell_and_stays_on_the_first_line()
    {
        const string text = "FROM debian\nRUN <<EOF\n#!/bin/bash\necho $v\nEOF\n";
        var script = Single(text);
        Assert.Equal("bash", script.Dialect);
        Assert.StartsWith("#!/bin/bash\n", script.Text, StringComparison.Ordinal);
        // Line 2 is the declarations, line 3 the body's second line.
        Assert.Equal("$v", At(text, script.Map(3, 6, 3, 8)));
        Assert.Empty(Scripts("FROM python\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n"));
    }

    [Fact]
    public void A_heredoc_fed_to_a_shell_is_a_script_of_that_shell()
    {
        const string text = "FROM debian\nRUN bash <<EOF\necho $v\nEOF\n";
        var script = Single(text);
        Assert.Equal("bash", script.Dialect);
        Assert.Equal("echo $v\n", Body(script));
    }

    [Fact]
    public void A_heredoc_given_to_another_program_is_checked_together_with_its_command()
    {
        const string text = "FROM debian\nRUN cat <<EOF > /etc/motd\nhello $USER\nEOF\n";
        var script = Single(text);
        Assert.Equal("cat <<EOF > /etc/motd\nhello $USER\nEOF\n", Body(script));
        Assert.Equal("$USER", At(text, script.Map(3, 7, 3, 12)));
        Assert.Equal("EOF", At(text, script.Map(4, 1, 4, 4)));
    }

    [Fact]
    public void Strip_tabs_heredocs_lose_their_leading_tabs_and_crlf_becomes_lf()
    {
        const string text = "FROM debian\r\nRUN <<-EOF\r\n\t\techo $v\r\n\tEOF\r\n";
        var script = Single(text);
        Assert.Equal("echo $v\n", Body(script));
        Assert.Equal("$v", At(text, script.Map(2, 6, 2, 8)));
    }

    [Fact]
    public void A_range_on_berths_own_text_or_past_the_end_still_lands_inside_the_instruction()
    {
        const string text = "FROM debian\nRUN echo \"unterminated\n";
        var document = DockerfileDocument.Parse(text);
        var script = Assert.Single(ShellCheckScripts.Of(document));
        var onDeclarations = script.Map(1, 1, 1, 5);
        var pastEnd = script.Map(9, 1, 9, 1);
        var run = document.Syntax.Instructions[1];
        Assert.InRange(onDeclarations.Start, run.FullSpan.Start, run.FullSpan.End);
        Assert.InRange(pastEnd.Start, run.FullSpan.Start, run.FullSpan.End);
    }
}
