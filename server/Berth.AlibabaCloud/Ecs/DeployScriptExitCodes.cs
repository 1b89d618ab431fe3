namespace Berth.AlibabaCloud.Ecs;

/// <summary>Exit codes of the generated deploy script, so a failed instance's result says which step failed.</summary>
public static class DeployScriptExitCodes
{
    public const int LoginFailed = 10;
    public const int PullFailed = 11;
    public const int PreviousNotKept = 12;
    public const int RunFailed = 13;
    public const int ContainerStopped = 14;
    public const int Unhealthy = 15;
    public const int DockerMissing = 16;

    public static string Describe(long exitCode) => exitCode switch
    {
        0 => "deployed",
        LoginFailed => "docker login to the registry failed",
        PullFailed => "pulling the image failed",
        PreviousNotKept => "the running container could not be set aside",
        RunFailed => "docker run failed; the previous container was restored",
        ContainerStopped => "the new container stopped; the previous container was restored",
        Unhealthy => "the new container never became healthy; the previous container was restored",
        DockerMissing => "docker is not installed on the instance",
        _ => $"the deploy script failed (exit code {exitCode})",
    };
}
