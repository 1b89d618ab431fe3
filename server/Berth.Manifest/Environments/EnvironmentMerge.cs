using Berth.Manifest.Syntax;

namespace Berth.Manifest.Environments;

/// <summary>
/// Applies one environment's overrides to the base manifest: maps merge key by key, recursively; anything
/// else (a value, a list) replaces what the base had. Works on the tree, so every merged value keeps the
/// span it was written at and findings about the merged manifest point at the right line.
/// </summary>
public static class EnvironmentMerge
{
    /// <summary>The base manifest without its `environments` section, with <paramref name="overrides"/> merged over it.</summary>
    public static MappingNode Apply(MappingNode baseManifest, MappingNode? overrides)
    {
        ArgumentNullException.ThrowIfNull(baseManifest);
        var withoutEnvironments = baseManifest with
        {
            Properties = baseManifest.Properties.Where(p => p.Name != "environments").ToList(),
        };
        return overrides is null ? withoutEnvironments : Merge(withoutEnvironments, overrides);
    }

    public static MappingNode Merge(MappingNode under, MappingNode over)
    {
        var properties = new List<ManifestProperty>(under.Properties);
        foreach (var property in over.Properties)
        {
            var index = properties.FindIndex(p => p.Name == property.Name);
            if (index < 0)
            {
                properties.Add(property);
            }
            else if (properties[index].Value is MappingNode underMap && property.Value is MappingNode overMap)
            {
                properties[index] = properties[index] with { Value = Merge(underMap, overMap) };
            }
            else
            {
                properties[index] = property;
            }
        }
        return under with { Properties = properties };
    }
}
