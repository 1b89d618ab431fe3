using System.Text;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Tests.LanguageService;

/// <summary>
/// What a Dockerfile means to the builder, as text: directives, and per instruction its keyword, flags, argument
/// words (unquoted values), exec form, here-document bodies and ONBUILD trigger. Blank space between words,
/// keyword casing and blank lines are not part of it; everything else is.
/// </summary>
internal static class DockerfileMeaning
{
    public static string Of(string text)
    {
        var syntax = DockerfileSyntax.Parse(text);
        var sb = new StringBuilder();
        sb.Append("escape ").Append(syntax.Escape).Append('\n');
        foreach (var node in syntax.Nodes)
        {
            switch (node)
            {
                case ParserDirectiveSyntax d:
                    sb.Append("directive ").Append(d.Name.ToLowerInvariant()).Append('=').Append(d.Value).Append('\n');
                    break;
                case CommentSyntax c:
                    sb.Append("comment ").Append(c.Text).Append('\n');
                    break;
                case InstructionSyntax i:
                    Instruction(sb, i);
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Instruction(StringBuilder sb, InstructionSyntax i)
    {
        sb.Append(i.Kind == InstructionKind.Unknown ? i.Keyword : i.Keyword.ToUpperInvariant());
        foreach (var flag in i.Flags) sb.Append(" [flag ").Append(flag.Name).Append('=').Append(flag.Value ?? "<none>").Append(']');
        if (i.Trigger is { } trigger)
        {
            sb.Append(" trigger: ");
            Instruction(sb, trigger);
            return;
        }
        var asKeyword = i.From?.AsKeyword;
        foreach (var argument in i.Arguments)
            sb.Append(" [").Append(ReferenceEquals(argument, asKeyword) ? "AS" : argument.Value).Append(']');
        if (i.ExecForm is { } exec) sb.Append(" exec(").Append(string.Join('|', exec.Elements.Select(e => e.Value))).Append(')');
        foreach (var heredoc in i.Heredocs)
            sb.Append(" heredoc<").Append(heredoc.Delimiter).Append(heredoc.StripsLeadingTabs ? "-" : "").Append(heredoc.IsQuoted ? "q" : "").Append(">{")
                .Append(heredoc.Body).Append('}').Append(heredoc.IsTerminated);
        foreach (var comment in i.Comments) sb.Append(" #").Append(comment.Length);
        sb.Append('\n');
    }
}
