using System.Diagnostics;

namespace Berth.Workspace.Cloud;

/// <summary>The git facts the image tag templates use (commit, branch), read with the git command.</summary>
public static class GitFacts
{
    /// <summary>A git fact, or null outside a repository (the template then says what is missing).</summary>
    public static string? Read(string folder, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: tag templates that need it report the missing value.
            return null;
        }
    }
}
