using Berth.Manifest.Model;

namespace Berth.Workspace.Cloud;

/// <summary>A berth.yaml read from disk and resolved (environment applied, templates expanded).</summary>
public sealed record LoadedManifest(BerthManifest Manifest, string Path);
