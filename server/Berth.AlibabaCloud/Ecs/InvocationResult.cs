namespace Berth.AlibabaCloud.Ecs;

/// <summary>One instance's state in a Cloud Assistant invocation (DescribeInvocationResults).</summary>
public sealed record InvocationResult(string InstanceId, string Status, long ExitCode, string Output, string? ErrorCode)
{
    private static readonly HashSet<string> FinalStatuses =
        ["Success", "Failed", "Invalid", "Aborted", "Error", "Timeout", "Cancelled", "Terminated"];

    /// <summary>Pending, Scheduled, Running and Stopping may still change; the others are final.</summary>
    public bool IsFinal => FinalStatuses.Contains(Status);

    public bool Succeeded => Status == "Success";
}
