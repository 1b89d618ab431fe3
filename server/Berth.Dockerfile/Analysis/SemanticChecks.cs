using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Analysis;

/// <summary>The checks that need the whole file: stages, stage references, per-stage repeats and FROM variables.</summary>
internal static class SemanticChecks
{
    public static void Check(SemanticModel model, List<Diagnostic> into)
    {
        CheckSourceImage(model, into);
        CheckStageNames(model, into);
        CheckStageReferences(model, into);
        foreach (var stage in model.Stages)
        {
            CheckRepeats(stage, into);
            CheckWorkdirs(stage, model, into);
        }
        CheckFromVariables(model, into);
    }

    private static void CheckSourceImage(SemanticModel model, List<Diagnostic> into)
    {
        var instructions = model.Syntax.Instructions;
        if (instructions.Count == 0)
        {
            into.Add(CoreRules.NoInstructions.Create(new TextSpan(0, 0), "This Dockerfile has no instructions; start it with FROM <image>."));
            return;
        }
        foreach (var instruction in instructions)
        {
            if (instruction.Kind == InstructionKind.From) return;
            if (instruction.Kind is InstructionKind.Arg or InstructionKind.Unknown) continue;
            into.Add(CoreRules.InstructionBeforeFrom.Create(instruction.KeywordSpan,
                $"{instruction.Kind.Keyword()} comes before the first FROM; only ARG may precede FROM."));
        }
        if (model.Stages.Count == 0)
            into.Add(CoreRules.NoInstructions.Create(instructions[0].KeywordSpan, "This Dockerfile has no FROM; add FROM <image> to start a build stage."));
    }

    private static void CheckStageNames(SemanticModel model, List<Diagnostic> into)
    {
        var seen = new Dictionary<string, BuildStage>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in model.Stages)
        {
            if (stage.Name is null || stage.NameSpan is not { } span) continue;
            if (seen.TryGetValue(stage.Name, out var first))
                into.Add(CoreRules.DuplicateStageName.Create(span,
                    $"A stage named '{stage.Name}' already exists (stage {first.Index}); give this stage another name."));
            else seen[stage.Name] = stage;
        }
    }

    private static void CheckStageReferences(SemanticModel model, List<Diagnostic> into)
    {
        foreach (var reference in model.StageReferences)
        {
            if (reference.Kind == StageReferenceKind.FromBase) continue;
            var current = reference.FromStageIndex;
            var what = reference.Kind == StageReferenceKind.CopyFrom ? "COPY --from" : "RUN --mount from";
            if (reference.Text.Contains('$', StringComparison.Ordinal)) continue;
            if (reference.IsIndex)
            {
                var index = int.Parse(reference.Text, System.Globalization.CultureInfo.InvariantCulture);
                if (index == current)
                    into.Add(CoreRules.CopyFromOwnStage.Create(reference.Span, $"{what}={reference.Text} names the stage it is in; copy from an earlier stage."));
                else if (index >= model.Stages.Count)
                    into.Add(CoreRules.StageIndexOutOfRange.Create(reference.Span,
                        $"There is no stage {index}: this file has {model.Stages.Count} stage(s), numbered from 0."));
                else if (index > current)
                    into.Add(CoreRules.CopyFromLaterStage.Create(reference.Span, $"Stage {index} comes later in the file; only earlier stages can be used."));
                continue;
            }
            if (reference.Target is { } target)
            {
                if (target.Index == current)
                    into.Add(CoreRules.CopyFromOwnStage.Create(reference.Span, $"{what}={reference.Text} names the stage it is in; copy from an earlier stage."));
                continue;
            }
            var later = model.Stages.FirstOrDefault(s => s.IsNamed(reference.Text));
            if (later is not null)
            {
                into.Add(CoreRules.CopyFromLaterStage.Create(reference.Span,
                    $"Stage '{reference.Text}' is defined later in the file, so Docker would look for an image of that name; move the stage up."));
                continue;
            }
            if (LooksLikeImage(reference.Text)) continue;
            var suggestion = Suggestions.Closest(reference.Text, model.Stages.Where(s => s.Name is not null).Select(s => s.Name!));
            into.Add(CoreRules.CopyFromUnknownStage.Create(reference.Span,
                $"No earlier stage is named '{reference.Text}', so Docker will pull it as an image.{Suggestions.DidYouMean(suggestion)}"));
        }
    }

    private static bool LooksLikeImage(string text) => text.IndexOfAny([':', '/', '.', '@']) >= 0;

    private static void CheckRepeats(BuildStage stage, List<Diagnostic> into)
    {
        foreach (var kind in new[] { InstructionKind.Cmd, InstructionKind.Entrypoint, InstructionKind.Healthcheck })
        {
            var all = stage.Instructions.Where(i => i.Kind == kind).ToList();
            foreach (var earlier in all.Take(all.Count - 1))
                into.Add(CoreRules.MultipleInstructionsDisallowed.Create(earlier.KeywordSpan,
                    $"Only the last {kind.Keyword()} of a stage takes effect; remove this one."));
        }
    }

    private static void CheckWorkdirs(BuildStage stage, SemanticModel model, List<Diagnostic> into)
    {
        var absoluteSeen = false;
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Kind != InstructionKind.Workdir || instruction.Arguments.Count == 0) continue;
            var argument = instruction.Arguments[0];
            var path = model.Expand(argument.Text, instruction) ?? argument.Value;
            if (IsAbsolute(path) || argument.Value.StartsWith('$')) { absoluteSeen = true; continue; }
            if (absoluteSeen) continue;
            into.Add(CoreRules.WorkdirRelativePath.Create(argument.Span,
                $"WORKDIR '{argument.Value}' is relative to a directory the base image chooses; use an absolute path such as /{argument.Value.TrimStart('.', '/')}."));
        }
    }

    internal static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');

    private static void CheckFromVariables(SemanticModel model, List<Diagnostic> into)
    {
        var globalNames = model.GlobalArgs.Select(a => a.Name).Concat(PredefinedArgs.Platform).ToList();
        var byInstruction = model.VariableReferences.ToLookup(r => r.Instruction);
        foreach (var stage in model.Stages)
        {
            var undefined = false;
            var references = byInstruction[stage.From].ToList();
            var nested = references.SelectMany(r => r.Reference.Nested).ToHashSet();
            foreach (var reference in references)
            {
                if (reference.Symbol is not null || reference.Reference.HasDefault || nested.Contains(reference.Reference)) continue;
                undefined = true;
                var suggestion = Suggestions.Closest(reference.Reference.Name, globalNames, ignoreCase: false);
                into.Add(CoreRules.UndefinedArgInFrom.Create(reference.Reference.Span,
                    $"FROM uses ${reference.Reference.Name}, which no ARG before the first FROM declares; declare it there.{Suggestions.DidYouMean(suggestion)}"));
            }
            if (!undefined && stage.BaseImage is { Length: 0 } && stage.BaseImageSpan is { } span && stage.BaseImageText.Contains('$', StringComparison.Ordinal))
                into.Add(CoreRules.EmptyBaseImage.Create(span,
                    "The base image expands to an empty name; give the ARG a default value or pass it with --build-arg."));
        }
    }
}
