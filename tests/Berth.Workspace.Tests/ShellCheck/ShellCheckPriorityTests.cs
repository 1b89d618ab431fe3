using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Tests.ShellCheck;

/// <summary>The ShellCheck program runs below normal priority, so background checks never slow the next keystroke.</summary>
public sealed class ShellCheckPriorityTests
{
    [Fact]
    public async Task The_program_runs_with_a_positive_nice_value()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("This test reads /proc; run it on Linux.");
        var folder = Directory.CreateTempSubdirectory("berth-sc-nice-").FullName;
        try
        {
            // A stand-in program: reads its script, waits until its priority has been lowered (the server lowers it
            // just after start), reports its nice value (field 19 of /proc/PID/stat), and answers like ShellCheck.
            var program = Path.Combine(folder, "fake-shellcheck");
            File.WriteAllText(program, """
                #!/bin/sh
                cat > /dev/null
                i=0
                while [ "$(cut -d' ' -f19 /proc/$$/stat)" = "0" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done
                cut -d' ' -f19 /proc/$$/stat > "$(dirname "$0")/nice"
                echo '{"comments":[]}'
                """.Replace("\r\n", "\n", StringComparison.Ordinal));
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var output = await ShellCheckProcess.Instance.RunAsync(program, ["-"], "echo hi\n", CancellationToken.None);

            Assert.Contains("comments", output, StringComparison.Ordinal);
            Assert.True(int.Parse(File.ReadAllText(Path.Combine(folder, "nice")).Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
