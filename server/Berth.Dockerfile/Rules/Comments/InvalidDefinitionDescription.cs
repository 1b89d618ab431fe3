using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Comments;

/// <summary>
/// InvalidDefinitionDescription (experimental BuildKit check, so on only with <c># check=experimental=...</c> or a
/// severity override): the comment right above <c>FROM ... AS name</c> or <c>ARG name</c> is what
/// <c>docker build --call=outline/targets</c> shows as its description, so it must start with that name. A blank
/// line between comment and instruction makes it an ordinary comment. Pragma comments are never descriptions.
/// </summary>
internal sealed class InvalidDefinitionDescription : IRule
{
    public RuleDescriptor Descriptor { get; } = new("InvalidDefinitionDescription", Severity.Warning, "Comment above a stage or ARG is not a description", []);

    public void Check(RuleContext context)
    {
        if (!context.IsOptedIn(Descriptor)) return;
        CommentSyntax? above = null;
        foreach (var node in context.Syntax.Nodes)
        {
            switch (node)
            {
                case CommentSyntax comment:
                    above = comment;
                    continue;
                case InstructionSyntax instruction when above is not null:
                    CheckDefinition(context, instruction, above);
                    break;
            }
            above = null;
        }
    }

    private void CheckDefinition(RuleContext context, InstructionSyntax instruction, CommentSyntax comment)
    {
        var (what, names) = instruction.Kind switch
        {
            InstructionKind.From when instruction.From?.StageName is { } stage => ("stage", new[] { stage.Value }),
            InstructionKind.Arg => ("ARG", instruction.KeyValues.Select(p => p.Key).Where(k => k.Length > 0).ToArray()),
            _ => ("", []),
        };
        if (names.Length == 0) return;
        var body = Body(comment.Text);
        if (IsPragma(body)) return;
        var firstWord = body.Split(' ')[0];
        if (names.Contains(firstWord, StringComparer.Ordinal)) return;

        var example = names.Length == 1 ? names[0] : "<name>";
        var lineBreak = context.Text.AsSpan(comment.Span.End).StartsWith("\r\n") ? "\r\n" : "\n";
        var fixes = new List<CodeFix>();
        if (names.Length == 1)
        {
            var bodyStart = comment.Span.End - body.Length - TrailingLength(comment.Text);
            fixes.Add(new CodeFix($"Start the comment with '{names[0]}'", [new TextEdit(new TextSpan(bodyStart, 0), names[0] + " ")], IsCertain: false));
        }
        fixes.Add(new CodeFix($"Separate the comment from the {what} with a blank line",
            [new TextEdit(new TextSpan(comment.Span.End, 0), lineBreak)], IsCertain: false));
        context.Report(Descriptor, comment.Span,
            $"The comment right above this {what} is read as its description, which must start with its name: write '# {example} <description>', or put a blank line between comment and {what}.",
            [.. fixes]);
    }

    // BuildKit drops the leading '#' and surrounding blanks; the description's first word is the name.
    private static string Body(string commentText) => commentText[1..].Trim();

    private static int TrailingLength(string commentText) => commentText.Length - commentText.TrimEnd().Length;

    private static bool IsPragma(string body) =>
        body.StartsWith("hadolint ", StringComparison.Ordinal) || body.StartsWith("dockerfile-utils:", StringComparison.Ordinal)
        || body.StartsWith("check=", StringComparison.Ordinal) || body.StartsWith("shellcheck ", StringComparison.Ordinal);
}
