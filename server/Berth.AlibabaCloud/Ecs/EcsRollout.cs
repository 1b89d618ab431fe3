using Berth.AlibabaCloud.Redaction;

namespace Berth.AlibabaCloud.Ecs;

/// <summary>
/// Rolls a deploy script out over ECS instances with Cloud Assistant: checks the targets, runs the
/// script batch by batch, polls each batch with backoff until every instance is final or the batch
/// times out (then stops the invocation), and stops at the first batch with a failure, so the
/// remaining instances keep what they run.
/// </summary>
public sealed class EcsRollout(EcsClient ecs, TimeProvider time, IProgress<string>? progress = null, SecretRedactor? redactor = null)
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.Shared;

    /// <summary>The instances a target names, checked to be Running with Cloud Assistant; clear errors otherwise.</summary>
    public async Task<IReadOnlyList<EcsInstance>> ResolveAsync(RolloutTarget target, CancellationToken cancellationToken)
    {
        if (target.IsEmpty)
        {
            throw new CloudConfigurationException("No ECS instances are targeted: set deploy.ecs.instanceIds or deploy.ecs.tags in berth.yaml.");
        }
        var instances = await ecs.DescribeInstancesAsync(target.InstanceIds, target.Tags, cancellationToken).ConfigureAwait(false);
        var missing = target.InstanceIds.Where(id => instances.All(i => i.InstanceId != id)).ToList();
        if (missing.Count > 0)
        {
            throw new CloudConfigurationException(
                $"ECS instance(s) {string.Join(", ", missing)} were not found in the region{(target.Tags.Count > 0 ? " with the given tags" : "")}. Check deploy.ecs and alibabaCloud.region.");
        }
        if (instances.Count == 0)
        {
            throw new CloudConfigurationException($"No ECS instance matches {target}. Check the tags in deploy.ecs and alibabaCloud.region.");
        }
        var notRunning = instances.Where(i => !i.IsRunning).ToList();
        if (notRunning.Count > 0)
        {
            throw new CloudConfigurationException(
                "Cloud Assistant needs running instances, but " + string.Join(", ", notRunning.Select(i => $"{i.InstanceId} is {i.Status}"))
                + ". Start them in the ECS console, or leave them out of deploy.ecs.");
        }
        var ready = await ecs.InstancesWithCloudAssistantAsync(instances.Select(i => i.InstanceId).ToList(), cancellationToken).ConfigureAwait(false);
        var withoutAgent = instances.Where(i => !ready.Contains(i.InstanceId)).Select(i => i.InstanceId).ToList();
        if (withoutAgent.Count > 0)
        {
            throw new CloudConfigurationException(
                $"The Cloud Assistant agent is not running on {string.Join(", ", withoutAgent)}. Install or start it (see the ECS Cloud Assistant docs), then deploy again.");
        }
        return instances;
    }

    public async Task<RolloutResult> RunAsync(
        IReadOnlyList<EcsInstance> instances, string script, string imageDescription, RolloutOptions options, CancellationToken cancellationToken) =>
        await RunAsync(instances, script, imageDescription, options, null, cancellationToken).ConfigureAwait(false);

    /// <summary>As above; <paramref name="steps"/> also hears of each batch and each instance's outcome (for a progress bar).</summary>
    public async Task<RolloutResult> RunAsync(
        IReadOnlyList<EcsInstance> instances, string script, string imageDescription, RolloutOptions options, IProgress<RolloutStep>? steps,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var outcomes = new List<InstanceOutcome>();
        var batches = instances.Chunk(options.BatchSize).ToList();
        string? failure = null;

        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            if (failure is not null)
            {
                outcomes.AddRange(batch.Select(i => new InstanceOutcome(i.InstanceId, i.Name, "Skipped", null, "", "unchanged: an earlier batch failed")));
                continue;
            }

            var starting = $"Batch {b + 1}/{batches.Count}: deploying to {string.Join(", ", batch.Select(i => i.InstanceId))}";
            Report(starting);
            steps?.Report(new RolloutStep(b + 1, batches.Count, null, _redactor.Redact(starting)));
            var results = await RunBatchAsync(batch, script, options, cancellationToken).ConfigureAwait(false);
            foreach (var instance in batch)
            {
                var result = results.FirstOrDefault(r => r.InstanceId == instance.InstanceId);
                var outcome = Outcome(instance, result, imageDescription);
                outcomes.Add(outcome);
                var status = $"{instance.InstanceId} ({instance.Name}): {outcome.Status}: {outcome.NowRunning}";
                Report(status);
                steps?.Report(new RolloutStep(b + 1, batches.Count, instance.InstanceId, _redactor.Redact(status)));
                foreach (var line in outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(20))
                {
                    Report($"  {instance.InstanceId} | {line}");
                }
            }
            var failed = outcomes.Where(o => !o.Succeeded && o.Status != "Skipped").Select(o => o.InstanceId).ToList();
            if (failed.Count > 0)
            {
                failure = $"The deploy failed on {string.Join(", ", failed)} (batch {b + 1} of {batches.Count}); later batches were not touched. "
                    + "See each instance's output above; fix the cause and deploy again.";
            }
        }
        return new RolloutResult(outcomes, failure);
    }

    private async Task<IReadOnlyList<InvocationResult>> RunBatchAsync(
        EcsInstance[] batch, string script, RolloutOptions options, CancellationToken cancellationToken)
    {
        var ids = batch.Select(i => i.InstanceId).ToList();
        // Not cancellable: a RunCommand abandoned half-way may still start the script, and then nothing would stop it.
        // Once it answers, a cancel (even one that came meanwhile) stops the invocation below.
        var invokeId = await ecs.RunCommandAsync(script, ids, options.Timeout, Guid.NewGuid().ToString("N"), options.CommandName, CancellationToken.None)
            .ConfigureAwait(false);
        var deadline = time.GetUtcNow() + options.Timeout + options.Margin;
        var delay = options.FirstPoll;
        try
        {
            while (true)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                var results = await ecs.DescribeInvocationResultsAsync(invokeId, cancellationToken).ConfigureAwait(false);
                if (ids.All(id => results.Any(r => r.InstanceId == id && r.IsFinal)))
                {
                    return results;
                }
                if (time.GetUtcNow() >= deadline)
                {
                    Report($"The batch did not finish within {options.Timeout.TotalSeconds:0} s; stopping invocation {invokeId}");
                    await ecs.StopInvocationAsync(invokeId, ids, CancellationToken.None).ConfigureAwait(false);
                    return results.Select(r => r.IsFinal ? r : r with { Status = "Timeout", ErrorCode = "StoppedByBerth" }).ToList();
                }
                delay = TimeSpan.FromTicks(Math.Min((long)(delay.Ticks * 1.5), options.MaxPoll.Ticks));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled by the user: do not leave the script running on the instances.
            Report($"Cancelled: stopping invocation {invokeId}");
            await ecs.StopInvocationAsync(invokeId, ids, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static InstanceOutcome Outcome(EcsInstance instance, InvocationResult? result, string image)
    {
        if (result is null)
        {
            return new InstanceOutcome(instance.InstanceId, instance.Name, "Unknown", null, "", "unknown: Cloud Assistant reported nothing for this instance");
        }
        var nowRunning = result.Status switch
        {
            "Success" => $"runs {image}",
            "Failed" => DeployScriptExitCodes.Describe(result.ExitCode),
            "Timeout" => "timed out; check the instance: the script may have been stopped before restoring the previous container",
            "Terminated" or "Cancelled" => "stopped before finishing; check the instance",
            _ => $"not deployed ({result.Status}{(result.ErrorCode is null ? "" : ": " + result.ErrorCode)})",
        };
        return new InstanceOutcome(instance.InstanceId, instance.Name, result.Status, result.ExitCode, result.Output, nowRunning);
    }

    private void Report(string message) => progress?.Report(_redactor.Redact(message));
}
