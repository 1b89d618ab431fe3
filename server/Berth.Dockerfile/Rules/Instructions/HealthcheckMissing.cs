using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// DL3057: an image without a HEALTHCHECK. Off by default, as in hadolint (turn it on with a severity override such
/// as <c>--info DL3057</c>). A stage has one when it or the stage it is built FROM declares HEALTHCHECK (NONE counts:
/// it is a decision). Unlike hadolint, stages that other stages only build on or copy from are not reported: they
/// never run as containers, and their HEALTHCHECK would be inherited or thrown away.
/// </summary>
internal sealed class HealthcheckMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3057", Severity.Info, "HEALTHCHECK instruction missing", []);

    public void Check(RuleContext context)
    {
        if (!context.IsOptedIn(Descriptor)) return;
        var model = context.Model;
        var usedByOthers = model.StageReferences
            .Where(r => r.Target is not null && r.Target.Index != r.FromStageIndex)
            .Select(r => r.Target!.Index)
            .ToHashSet();
        foreach (var stage in model.Stages)
        {
            if (usedByOthers.Contains(stage.Index) || HasHealthcheck(stage)) continue;
            var name = stage.Name is null ? $"stage {stage.Index}" : $"stage '{stage.Name}'";
            context.Report(Descriptor, stage.From.KeywordSpan,
                $"The image of {name} has no HEALTHCHECK, so Docker can't tell when it stops working; add HEALTHCHECK CMD <check>, or HEALTHCHECK NONE if it needs none.");
        }
    }

    private static bool HasHealthcheck(BuildStage stage)
    {
        for (BuildStage? current = stage; current is not null; current = current.BaseStage)
            if (current.Instructions.Any(i => i.Kind == InstructionKind.Healthcheck)) return true;
        return false;
    }
}
