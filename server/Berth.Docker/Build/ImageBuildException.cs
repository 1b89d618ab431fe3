namespace Berth.Docker.Build;

/// <summary>A build the engine refused or that failed in a step; <see cref="Failure"/> says where.</summary>
public sealed class ImageBuildException : DockerOperationException
{
    public ImageBuildException(BuildFailure failure) : base(failure?.Describe() ?? throw new ArgumentNullException(nameof(failure)))
    {
        Failure = failure;
    }

    public BuildFailure Failure { get; }
}
