using Berth.Dockerfile.Diagnostics;

namespace Berth.Manifest.Syntax;

/// <summary>What reading a manifest's text gave: the tree (null when nothing could be read) and the problems found.</summary>
public sealed record ManifestReadResult(ManifestNode? Root, IReadOnlyList<Diagnostic> Diagnostics);
