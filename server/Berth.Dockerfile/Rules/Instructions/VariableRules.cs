using System.Text.RegularExpressions;
using Berth.Dockerfile.Analysis;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>SecretsUsedInArgOrEnv: ARG and ENV values end up in the image history; secrets belong in --mount=type=secret.</summary>
internal sealed partial class SecretsUsedInArgOrEnv : IRule
{
    public RuleDescriptor Descriptor { get; } = new("SecretsUsedInArgOrEnv", Severity.Warning, "Possible secret in ARG or ENV", ["DL3064"]);

    public void Check(RuleContext context)
    {
        foreach (var declaration in context.Model.Declarations)
        {
            if (!SecretPattern().IsMatch(declaration.Name) || AllowedPattern().IsMatch(declaration.Name)) continue;
            var kind = declaration.Kind == VariableKind.Env ? "ENV" : "ARG";
            context.Report(Descriptor, declaration.NameSpan,
                $"{kind} {declaration.Name} looks like a secret, and {kind} values stay in the image metadata; pass secrets with RUN --mount=type=secret.");
        }
    }

    [GeneratedRegex(@"(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)")]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"(?i)(?:_|^)(?:public|file|version)(?:_|$)")]
    private static partial Regex AllowedPattern();
}

/// <summary>
/// UndefinedVar: a variable Docker expands is not declared where it is used. Berth reports what it can be sure of
/// without the base image: a global ARG used inside a stage that did not re-declare it (it expands to nothing
/// there), and any undeclared variable in a stage built from scratch.
/// </summary>
internal sealed class UndefinedVar : IRule
{
    public RuleDescriptor Descriptor { get; } = new("UndefinedVar", Severity.Warning, "Variable used before it is defined", []);

    public void Check(RuleContext context)
    {
        var model = context.Model;
        var globals = model.GlobalArgs.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in model.VariableReferences)
        {
            var instruction = reference.Instruction;
            if (reference.Symbol is not null || instruction.Kind is InstructionKind.From or InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint
                or InstructionKind.Healthcheck or InstructionKind.Onbuild or InstructionKind.Unknown) continue;
            if (reference.Reference.HasDefault || reference.Reference.Modifier is ":+" or "+") continue;
            var stage = model.StageOf(instruction);
            if (stage is null) continue;
            var name = reference.Reference.Name;
            if (globals.Contains(name) || PredefinedArgs.IsPlatform(name))
            {
                context.Report(Descriptor, reference.Reference.Span,
                    $"${name} is declared before the first FROM but not in this stage, so it is empty here; add 'ARG {name}' to the stage.");
                continue;
            }
            if (!FromScratch(stage)) continue;
            var suggestion = Suggestions.Closest(name, model.ScopeOf(instruction).Keys, ignoreCase: false);
            context.Report(Descriptor, reference.Reference.Span, $"${name} is not defined at this point.{Suggestions.DidYouMean(suggestion)}");
        }
    }

    private static bool FromScratch(BuildStage stage)
    {
        while (stage.BaseStage is { } parent) stage = parent;
        return stage.BaseImageText.Equals("scratch", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>DL3044: a variable defined in an ENV is not visible to later pairs of the same ENV.</summary>
internal sealed class EnvSelfReference : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3044", Severity.Error, "ENV refers to a variable set in the same ENV", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.Env) continue;
            var pairs = instruction.KeyValues;
            for (var i = 1; i < pairs.Count; i++)
                foreach (var reference in instruction.Variables)
                {
                    if (pairs[i].ValueSpan is not { } valueSpan || !valueSpan.Contains(reference.Span.Start)) continue;
                    var earlier = pairs.Take(i).FirstOrDefault(p => p.Key == reference.Name);
                    if (earlier is null || context.Model.ScopeOf(instruction).ContainsKey(reference.Name)) continue;
                    context.Report(Descriptor, reference.Span,
                        $"${reference.Name} is set in this same ENV, where it is not yet visible; move {pairs[i].Key} to a separate ENV after it.");
                }
        }
    }
}
