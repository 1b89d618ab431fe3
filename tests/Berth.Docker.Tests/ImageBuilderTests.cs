using Berth.Docker.Build;
using Berth.Docker.Context;
using Docker.DotNet.Models;

namespace Berth.Docker.Tests;

public sealed class ImageBuilderTests
{
    private static string UniqueTag(string what) => $"berth-test/{what}:{Guid.NewGuid():N}";

    [Fact]
    public async Task Builds_the_target_stage_of_a_multi_stage_dockerfile_with_args_labels_and_progress()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        using var folder = new TempFolder();
        folder.Write("Dockerfile", $"""
            ARG BASE={engine.BaseImage}
            FROM ${"{"}BASE{"}"} AS first
            ARG GREETING=hello
            RUN echo "greeting=$GREETING" > /greeting
            FROM ${"{"}BASE{"}"} AS second
            COPY --from=first /greeting /greeting
            RUN cat /greeting
            FROM ${"{"}BASE{"}"} AS never
            RUN echo this stage must not run && false
            """);
        var tag = UniqueTag("multi");
        var updates = new List<BuildProgress>();
        var request = new ImageBuildRequest(BuildContextSource.Create(folder.Path, null))
        {
            Tags = [tag],
            Target = "second",
            BuildArgs = new Dictionary<string, string> { ["GREETING"] = "bonjour" },
            Labels = new Dictionary<string, string> { ["org.berth.test"] = "multi" },
            NoCache = true,
        };
        try
        {
            var result = await new ImageBuilder(docker).BuildAsync(request, new SynchronousProgressFor<BuildProgress>(updates.Add), CancellationToken.None);

            Assert.StartsWith("sha256:", result.ImageId, StringComparison.Ordinal);
            Assert.Contains(updates, u => u.Line == "greeting=bonjour");
            Assert.DoesNotContain(updates, u => u.Line?.Contains("must not run", StringComparison.Ordinal) == true && !u.Line.StartsWith("Step", StringComparison.Ordinal));
            Assert.Contains(updates, u => u.Step == 7 && u.Line!.StartsWith("Step 7/", StringComparison.Ordinal) && u.Line.EndsWith("RUN cat /greeting", StringComparison.Ordinal));
            var steps = updates.Where(u => u.Step is not null).Select(u => u.Step!.Value).ToList();
            Assert.Equal(steps.OrderBy(s => s), steps);
            var image = await docker.Client.Images.InspectImageAsync(tag);
            Assert.Equal(result.ImageId, image.ID);
            Assert.Equal("multi", image.Config.Labels["org.berth.test"]);
        }
        finally
        {
            await RemoveImageAsync(docker, tag);
        }
    }

    [Fact]
    public async Task A_failing_step_is_mapped_to_its_dockerfile_line()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        using var folder = new TempFolder();
        folder.Write("Dockerfile", $"""
            # a comment first
            FROM {engine.BaseImage}

            RUN echo one \
                two
            # the next instruction fails
            RUN echo about to fail && \
                exit 3
            RUN echo never
            """);
        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            new ImageBuilder(docker).BuildAsync(new ImageBuildRequest(BuildContextSource.Create(folder.Path, null)), null, CancellationToken.None));

        Assert.Equal(3, error.Failure.Step);
        Assert.Equal(6, error.Failure.InstructionRange!.Value.Start.Line);
        Assert.Equal(7, error.Failure.InstructionRange!.Value.End.Line);
        Assert.Contains("non-zero code: 3", error.Failure.Message, StringComparison.Ordinal);
        Assert.Contains("line 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_target_is_a_clear_failure()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        using var folder = new TempFolder();
        folder.Write("Dockerfile", $"FROM {engine.BaseImage} AS app\n");
        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            new ImageBuilder(docker).BuildAsync(new ImageBuildRequest(BuildContextSource.Create(folder.Path, null)) { Target = "nope" }, null, CancellationToken.None));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_build_stops_it_on_the_engine()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        using var folder = new TempFolder();
        var marker = Guid.NewGuid().ToString("N");
        folder.Write("Dockerfile", $"FROM {engine.BaseImage}\nRUN echo started-{marker} && sleep 600\n");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgressFor<BuildProgress>(u =>
        {
            if (u.Line == "started-" + marker) cancel.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new ImageBuilder(docker).BuildAsync(new ImageBuildRequest(BuildContextSource.Create(folder.Path, null)) { NoCache = true }, progress, cancel.Token));

        // The engine kills and removes the step's container once the client has gone.
        await Poll.UntilAsync(async () =>
        {
            var containers = await docker.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true });
            return !containers.Any(c => c.Command.Contains(marker, StringComparison.Ordinal) && c.State == "running");
        }, TimeSpan.FromSeconds(120), "the cancelled build's container to stop");
    }

    internal static async Task RemoveImageAsync(Berth.Docker.Connection.DockerEngine docker, string tag)
    {
        try
        {
            await docker.Client.Images.DeleteImageAsync(tag, new ImageDeleteParameters { Force = true });
        }
        catch (global::Docker.DotNet.DockerImageNotFoundException)
        {
            // Nothing to clean when the build under test failed before tagging.
        }
    }
}
