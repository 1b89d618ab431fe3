using System.Collections.Immutable;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Semantics;

/// <summary>Walks the instructions once, in order, tracking the stage, the variable scope and the shell.</summary>
internal static class SemanticModelBuilder
{
    public static SemanticModel Build(DockerfileSyntax syntax)
    {
        var stages = new List<BuildStage>();
        var globals = new List<VariableSymbol>();
        var declarations = new List<VariableSymbol>();
        var references = new List<ResolvedVariableReference>();
        var stageReferences = new List<StageReference>();
        var scopes = new Dictionary<InstructionSyntax, ImmutableDictionary<string, VariableSymbol>>();
        var shells = new Dictionary<InstructionSyntax, IReadOnlyList<string>>();
        var stageOf = new Dictionary<InstructionSyntax, BuildStage>();
        // The first stage of each name, so that a stage reference is one lookup, not a walk over the stages before it.
        var stagesByName = new Dictionary<string, BuildStage>(StringComparer.OrdinalIgnoreCase);
        var escape = syntax.Escape;

        var globalScope = ImmutableDictionary.Create<string, VariableSymbol>(StringComparer.Ordinal);
        foreach (var name in PredefinedArgs.Platform)
            globalScope = globalScope.SetItem(name, new VariableSymbol(name, VariableKind.Predefined, default, null, -1, null));
        var finalEnv = new Dictionary<BuildStage, ImmutableDictionary<string, VariableSymbol>>();

        BuildStage? stage = null;
        var scope = globalScope;
        IReadOnlyList<string> shell = BuildStage.DefaultShell;

        foreach (var instruction in syntax.Instructions)
        {
            if (instruction.Kind == InstructionKind.From)
            {
                if (stage is not null) { stage.FinalShell = shell; finalEnv[stage] = EnvOnly(scope); }
                stage = new BuildStage(stages.Count, instruction);
                scopes[instruction] = globalScope;
                shells[instruction] = shell;
                Resolve(instruction, globalScope, references);
                stage.BaseImage = VariableExpander.Expand(instruction.From!.Image?.Text ?? "", escape, LookupIn(globalScope));
                var baseStage = stagesByName.GetValueOrDefault(stage.BaseImageText);
                if (baseStage is not null && instruction.From.Image is { } image)
                {
                    stage.BaseStage = baseStage;
                    stageReferences.Add(new StageReference(StageReferenceKind.FromBase, image.Value, image.Span, instruction, stage.Index, baseStage));
                }
                stages.Add(stage);
                if (stage.Name is { } stageName) stagesByName.TryAdd(stageName, stage);
                stageOf[instruction] = stage;
                scope = baseStage is not null && finalEnv.TryGetValue(baseStage, out var inherited)
                    ? inherited : ImmutableDictionary.Create<string, VariableSymbol>(StringComparer.Ordinal);
                shell = baseStage?.FinalShell ?? BuildStage.DefaultShell;
                continue;
            }

            var current = stage is null ? globalScope : scope;
            scopes[instruction] = current;
            shells[instruction] = shell;
            if (stage is not null)
            {
                stage.InstructionList.Add(instruction);
                stageOf[instruction] = stage;
            }
            Resolve(instruction, current, references);
            CollectStageReferences(instruction, stage, stages, stagesByName, stageReferences);

            switch (instruction.Kind)
            {
                case InstructionKind.Arg:
                    foreach (var pair in instruction.KeyValues)
                    {
                        if (pair.Key.Length == 0) continue;
                        string? value = pair.Value is null ? null : VariableExpander.Expand(pair.RawValue ?? "", escape, LookupIn(current));
                        if (pair.Value is null && stage is not null && globalScope.TryGetValue(pair.Key, out var global)) value = global.Value;
                        var symbol = new VariableSymbol(pair.Key, VariableKind.Arg, pair.KeySpan, instruction, stage?.Index ?? -1, value);
                        declarations.Add(symbol);
                        if (stage is null) { globals.Add(symbol); globalScope = globalScope.SetItem(pair.Key, symbol); }
                        else scope = scope.SetItem(pair.Key, symbol);
                    }
                    break;
                case InstructionKind.Env when stage is not null:
                    foreach (var pair in instruction.KeyValues)
                    {
                        if (pair.Key.Length == 0) continue;
                        var value = pair.IsLegacyForm ? pair.Value : VariableExpander.Expand(pair.RawValue ?? "", escape, LookupIn(current));
                        var symbol = new VariableSymbol(pair.Key, VariableKind.Env, pair.KeySpan, instruction, stage.Index, value);
                        declarations.Add(symbol);
                        scope = scope.SetItem(pair.Key, symbol);
                    }
                    break;
                case InstructionKind.Shell when instruction.ExecForm is { Elements.Count: > 0 } exec:
                    shell = exec.Elements.Select(e => e.Value).ToArray();
                    break;
            }
        }
        if (stage is not null) stage.FinalShell = shell;
        return new SemanticModel(syntax, stages, globals, declarations, references, stageReferences, scopes, shells, stageOf);
    }

    private static ImmutableDictionary<string, VariableSymbol> EnvOnly(ImmutableDictionary<string, VariableSymbol> scope) =>
        scope.Where(p => p.Value.Kind == VariableKind.Env).ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static VariableExpander.Lookup LookupIn(ImmutableDictionary<string, VariableSymbol> scope) =>
        (string name, out string? value) =>
        {
            if (scope.TryGetValue(name, out var symbol)) { value = symbol.Value; return true; }
            value = "";
            return false;
        };

    private static void Resolve(InstructionSyntax instruction, ImmutableDictionary<string, VariableSymbol> scope, List<ResolvedVariableReference> into)
    {
        foreach (var reference in instruction.Variables) Add(reference);
        return;

        void Add(VariableReferenceSyntax reference)
        {
            into.Add(new ResolvedVariableReference(reference, instruction, scope.GetValueOrDefault(reference.Name)));
            foreach (var nested in reference.Nested) Add(nested);
        }
    }

    private static void CollectStageReferences(InstructionSyntax instruction, BuildStage? stage, List<BuildStage> stages,
        Dictionary<string, BuildStage> stagesByName, List<StageReference> into)
    {
        var target = instruction.Trigger ?? instruction;
        if (target.Kind == InstructionKind.Copy && target.Flag("from") is { Value: { Length: > 0 } value, ValueSpan: { } span })
            into.Add(new StageReference(StageReferenceKind.CopyFrom, value, span, instruction, stage?.Index ?? -1, Find(value, stages, stagesByName)));
        if (target.Kind != InstructionKind.Run) return;
        foreach (var mount in target.Flags.Where(f => string.Equals(f.Name, "mount", StringComparison.OrdinalIgnoreCase)))
            foreach (var option in target.FlagOptions(mount))
                if (string.Equals(option.Key, "from", StringComparison.OrdinalIgnoreCase) && option.Value is { Length: > 0 } from)
                {
                    var valueSpan = new Text.TextSpan(option.Span.End - from.Length, from.Length);
                    into.Add(new StageReference(StageReferenceKind.MountFrom, from, valueSpan, instruction, stage?.Index ?? -1, Find(from, stages, stagesByName)));
                }
    }

    // Only stages defined before the reference: BuildKit treats a later name as an image.
    private static BuildStage? Find(string text, List<BuildStage> stages, Dictionary<string, BuildStage> stagesByName)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            return index >= 0 && index < stages.Count ? stages[index] : null;
        return stagesByName.GetValueOrDefault(text);
    }
}
