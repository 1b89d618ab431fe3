using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>The pieces the parser collects for an instruction before the node is built.</summary>
internal sealed class InstructionParts
{
    public required LogicalLine Line { get; init; }
    public required char Escape { get; init; }
    public string Keyword { get; set; } = "";
    public TextSpan KeywordSpan { get; set; }
    public TextSpan Span { get; set; }
    public List<FlagSyntax> Flags { get; } = [];
    public int ArgumentsStart { get; set; }
    public int ArgumentsEnd { get; set; }
    public List<ArgumentSyntax> Arguments { get; } = [];
    public ExecFormSyntax? ExecForm { get; set; }
    public int CommandStart { get; set; } = -1;
    public List<HeredocSyntax> Heredocs { get; set; } = [];
    public List<VariableReferenceSyntax> Variables { get; } = [];
    public List<TextSpan>? Comments { get; set; }
    public List<TextSpan>? EmptyContinuationLines { get; set; }
    public InstructionSyntax? Trigger { get; set; }
}
