namespace Berth.Manifest.Syntax;

/// <summary>The two spellings of a manifest: berth.yaml (or .yml) and berth.json.</summary>
public enum ManifestFormat
{
    Yaml,
    Json,
}

public static class ManifestFormats
{
    /// <summary>The format a file name implies: .json is JSON, anything else is read as YAML.</summary>
    public static ManifestFormat FromFileName(string fileName) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ManifestFormat.Json : ManifestFormat.Yaml;

    /// <summary>True for the file names Berth treats as manifests.</summary>
    public static bool IsManifestFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name is "berth.yaml" or "berth.yml" or "berth.json";
    }
}
