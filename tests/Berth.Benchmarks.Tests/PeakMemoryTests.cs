using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Tests;

public sealed class PeakMemoryTests
{
    private const string Status = """
        Name:	node
        Umask:	0022
        State:	S (sleeping)
        VmPeak:	 1234567 kB
        VmSize:	 1200000 kB
        VmHWM:	   68280 kB
        VmRSS:	   60000 kB
        Threads:	11
        """;

    [Fact]
    public void Reads_the_high_water_mark_in_bytes()
    {
        Assert.Equal(68_280L * 1024, PeakMemory.ParseVmHwm(Status));
    }

    [Fact]
    public void Copes_with_crlf_and_says_null_when_the_line_is_missing()
    {
        Assert.Equal(42L * 1024, PeakMemory.ParseVmHwm("Name:\tx\r\nVmHWM:\t42 kB\r\n"));
        Assert.Null(PeakMemory.ParseVmHwm("Name:\tkthreadd\nState:\tS\n"));
    }

    [Fact]
    public void A_malformed_line_is_an_error_naming_it()
    {
        var error = Assert.Throws<FormatException>(() => PeakMemory.ParseVmHwm("VmHWM:\tlots kB\n"));
        Assert.Contains("VmHWM", error.Message);
        Assert.Throws<FormatException>(() => PeakMemory.ParseVmHwm("VmHWM:\t12 parsecs\n"));
    }

    [Fact]
    public void Reads_a_live_process()
    {
        var bytes = PeakMemory.Read(Environment.ProcessId);

        Assert.NotNull(bytes);
        // At least what this process has touched right now.
        Assert.True(bytes >= Environment.WorkingSet / 2, $"VmHWM {bytes} vs working set {Environment.WorkingSet}");
    }

    [Fact]
    public void Says_null_for_a_process_that_does_not_exist()
    {
        Assert.Null(PeakMemory.Read(int.MaxValue));
    }
}
