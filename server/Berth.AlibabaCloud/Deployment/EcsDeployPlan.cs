using System.Text;
using Berth.AlibabaCloud.Ecs;

namespace Berth.AlibabaCloud.Deployment;

/// <summary>What a deploy will do: which image, onto which instances in which batches, with which script.</summary>
public sealed record EcsDeployPlan(
    string ImageReference,
    string RegistryDomain,
    IReadOnlyList<EcsInstance> Instances,
    RolloutOptions Options,
    DeployScript Script)
{
    /// <summary>The plan as text for --dry-run: secrets masked.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("Image: ").Append(ImageReference).Append('\n');
        text.Append("Instances (").Append(Instances.Count).Append("), batches of ").Append(Options.BatchSize)
            .Append(", each within ").Append(Options.Timeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).Append(" s:\n");
        var batch = 1;
        foreach (var chunk in Instances.Chunk(Options.BatchSize))
        {
            foreach (var instance in chunk)
            {
                text.Append("  batch ").Append(batch).Append(": ").Append(instance.InstanceId).Append(' ').Append(instance.Name)
                    .Append(" (").Append(instance.Status).Append(instance.PrivateIp is null ? "" : ", " + instance.PrivateIp).Append(")\n");
            }
            batch++;
        }
        text.Append("Script run by Cloud Assistant on each instance (registry password masked):\n");
        text.Append(Script.MaskedText);
        return text.ToString();
    }
}
