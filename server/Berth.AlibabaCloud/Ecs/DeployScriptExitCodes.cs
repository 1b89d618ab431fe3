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
    public const int RollbackUnhealthy = 17;
    public const int FailedWithoutRollback = 18;

    public static string Describe(long exitCode) => exitCode switch
    {
        0 => "deployed",
        LoginFailed => "docker login to the registry failed",
        PullFailed => "pulling the image failed",
        PreviousNotKept => "the running container could not be set aside",
        RunFailed => "docker run failed; the previous container, if any, was restored and is healthy",
        ContainerStopped => "the new container stopped; the previous container, if any, was restored and is healthy",
        Unhealthy => "the new container never became healthy; the previous container, if any, was restored and is healthy",
        DockerMissing => "docker is not installed on the instance",
        RollbackUnhealthy => "the new container failed, and the restored previous container did not become healthy again",
        FailedWithoutRollback => "the new container failed; rollback is off, so it is left stopped for inspection",
        _ => $"the deploy script failed (exit code {exitCode})",
    };
}
