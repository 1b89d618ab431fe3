namespace Berth.Docker.Push;

/// <summary>Aggregated push progress: one percentage over all layers, and the engine's latest status line.</summary>
public sealed record PushProgress(int Percentage, string Message);
