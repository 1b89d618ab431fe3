using System.Text;
using Berth.Docker.Run;
using Docker.DotNet;

namespace Berth.Docker.Tests;

/// <summary>
/// Lines from log frames, and the catch-up read after a follow stream that ended early: every byte becomes part
/// of exactly one line, however the two reads split the log.
/// </summary>
public sealed class ContainerLogAssemblerTests
{
    private const MultiplexedStream.TargetStream Out = MultiplexedStream.TargetStream.StandardOut;
    private const MultiplexedStream.TargetStream Err = MultiplexedStream.TargetStream.StandardError;

    private static void Feed(ContainerLogAssembler assembler, MultiplexedStream.TargetStream target, byte[] bytes) => assembler.Add(target, bytes, bytes.Length);

    private static void Feed(ContainerLogAssembler assembler, MultiplexedStream.TargetStream target, string text) => Feed(assembler, target, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void The_replay_delivers_only_what_the_follow_read_missed_including_the_last_line_without_newline()
    {
        var lines = new List<ContainerLogLine>();
        var assembler = new ContainerLogAssembler(new SynchronousProgressFor<ContainerLogLine>(lines.Add));
        // The follow stream ended early: mid-line on stdout, after a full line on stderr.
        Feed(assembler, Out, "one\ntw");
        Feed(assembler, Err, "err\n");
        Assert.Equal(new[] { new ContainerLogLine("one", false), new ContainerLogLine("err", true) }, lines);

        assembler.StartReplay();
        // The whole log again, in other chunks.
        Feed(assembler, Out, "on");
        Feed(assembler, Err, "err\nla");
        Feed(assembler, Out, "e\ntwo\nta");
        Feed(assembler, Err, "st");
        Feed(assembler, Out, "il");
        assembler.Finish();

        ContainerLogLine[] expected = [new("one", false), new("err", true), new("two", false), new("tail", false), new("last", true)];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void A_character_split_between_the_follow_read_and_the_replay_is_decoded_whole()
    {
        var lines = new List<ContainerLogLine>();
        var assembler = new ContainerLogAssembler(new SynchronousProgressFor<ContainerLogLine>(lines.Add));
        var full = Encoding.UTF8.GetBytes("ok ✓\r\nünï");
        Feed(assembler, Out, full[..4]); // "ok " and the first byte of ✓
        assembler.StartReplay();
        Feed(assembler, Out, full);
        assembler.Finish();
        ContainerLogLine[] expected = [new("ok ✓", false), new("ünï", false)];
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void A_replay_of_a_log_the_follow_read_delivered_whole_adds_nothing()
    {
        var lines = new List<ContainerLogLine>();
        var assembler = new ContainerLogAssembler(new SynchronousProgressFor<ContainerLogLine>(lines.Add));
        Feed(assembler, Out, "a\nb\n");
        assembler.StartReplay();
        Feed(assembler, Out, "a\nb\n");
        assembler.Finish();
        ContainerLogLine[] expected = [new("a", false), new("b", false)];
        Assert.Equal(expected, lines);
    }
}
