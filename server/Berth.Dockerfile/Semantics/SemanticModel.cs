using System.Collections.Immutable;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Semantics;

/// <summary>
/// What a Dockerfile means: its build stages, the references between them, the variables visible at each
/// instruction (global ARGs, stage ARGs, ENV inherited through <c>FROM stage</c>), the references to those
/// variables and the shell each instruction runs with.
/// </summary>
public sealed class SemanticModel
{
    private readonly Dictionary<InstructionSyntax, ImmutableDictionary<string, VariableSymbol>> _scopes;
    private readonly Dictionary<InstructionSyntax, IReadOnlyList<string>> _shells;
    private readonly Dictionary<InstructionSyntax, BuildStage> _stageOf;

    internal SemanticModel(
        DockerfileSyntax syntax,
        IReadOnlyList<BuildStage> stages,
        IReadOnlyList<VariableSymbol> globalArgs,
        IReadOnlyList<VariableSymbol> declarations,
        IReadOnlyList<ResolvedVariableReference> references,
        IReadOnlyList<StageReference> stageReferences,
        Dictionary<InstructionSyntax, ImmutableDictionary<string, VariableSymbol>> scopes,
        Dictionary<InstructionSyntax, IReadOnlyList<string>> shells,
        Dictionary<InstructionSyntax, BuildStage> stageOf)
    {
        Syntax = syntax;
        Stages = stages;
        GlobalArgs = globalArgs;
        Declarations = declarations;
        VariableReferences = references;
        StageReferences = stageReferences;
        _scopes = scopes;
        _shells = shells;
        _stageOf = stageOf;
    }

    public DockerfileSyntax Syntax { get; }

    public IReadOnlyList<BuildStage> Stages { get; }

    /// <summary>The ARGs declared before the first FROM, usable in every FROM.</summary>
    public IReadOnlyList<VariableSymbol> GlobalArgs { get; }

    /// <summary>Every ARG and ENV declaration, in document order.</summary>
    public IReadOnlyList<VariableSymbol> Declarations { get; }

    public IReadOnlyList<ResolvedVariableReference> VariableReferences { get; }

    public IReadOnlyList<StageReference> StageReferences { get; }

    public static SemanticModel Build(DockerfileSyntax syntax) => SemanticModelBuilder.Build(syntax);

    /// <summary>The stage an instruction belongs to (null for instructions before the first FROM).</summary>
    public BuildStage? StageOf(InstructionSyntax instruction) =>
        _stageOf.TryGetValue(instruction, out var stage) ? stage : null;

    public BuildStage? StageAt(int offset)
    {
        BuildStage? result = null;
        foreach (var stage in Stages)
        {
            if (stage.From.FullSpan.Start > offset) break;
            result = stage;
        }
        return result;
    }

    public BuildStage? FindStage(string nameOrIndex)
    {
        if (int.TryParse(nameOrIndex, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            return index >= 0 && index < Stages.Count ? Stages[index] : null;
        return Stages.FirstOrDefault(s => s.IsNamed(nameOrIndex));
    }

    /// <summary>The variables visible to an instruction (declared before it, in its scope).</summary>
    public IReadOnlyDictionary<string, VariableSymbol> ScopeOf(InstructionSyntax instruction) =>
        _scopes.TryGetValue(instruction, out var scope) ? scope : ImmutableDictionary<string, VariableSymbol>.Empty;

    /// <summary>The shell that runs the shell form of this instruction.</summary>
    public IReadOnlyList<string> ShellOf(InstructionSyntax instruction) =>
        _shells.TryGetValue(instruction, out var shell) ? shell : BuildStage.DefaultShell;

    /// <summary>Expands a word with the variables visible to <paramref name="at"/>; null when a value is unknown.</summary>
    public string? Expand(string word, InstructionSyntax at)
    {
        var scope = ScopeOf(at);
        return VariableExpander.Expand(word, Syntax.Escape, (string name, out string? value) =>
        {
            if (scope.TryGetValue(name, out var symbol)) { value = symbol.Value; return true; }
            value = "";
            return false;
        });
    }

    /// <summary>The declaration whose name is at <paramref name="offset"/>, or the one a reference there resolves to.</summary>
    public VariableSymbol? VariableAt(int offset)
    {
        foreach (var declaration in Declarations)
            if (declaration.NameSpan.ContainsOrTouches(offset)) return declaration;
        foreach (var reference in VariableReferences)
            if (reference.Reference.Span.ContainsOrTouches(offset)) return reference.Symbol;
        return null;
    }

    /// <summary>Every place that names <paramref name="symbol"/>: its declaration, re-declarations of the same variable that
    /// it flows into, and the references that resolve to them. The answer rename and find-references need.</summary>
    public IReadOnlyList<TextSpan> Occurrences(VariableSymbol symbol)
    {
        var group = new HashSet<VariableSymbol> { symbol };
        // A global ARG and the bare "ARG NAME" that imports it into a stage are one variable for renaming.
        foreach (var d in Declarations)
            if (d.Name == symbol.Name && d.Kind == symbol.Kind && (d.IsGlobal || symbol.IsGlobal || d.StageIndex == symbol.StageIndex))
                group.Add(d);
        var spans = group.Select(d => d.NameSpan).ToList();
        spans.AddRange(VariableReferences.Where(r => r.Symbol is not null && group.Contains(r.Symbol)).Select(r => r.Reference.NameSpan));
        return spans.Distinct().OrderBy(s => s.Start).ToList();
    }
}
