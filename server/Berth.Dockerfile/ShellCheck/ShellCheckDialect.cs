namespace Berth.Dockerfile.ShellCheck;

/// <summary>
/// The shell dialect ShellCheck is told to check (<c>--shell</c>): sh, bash, dash or ksh. Shells ShellCheck cannot
/// read (PowerShell, cmd, zsh, fish, interpreters such as python) have none, and their scripts are not checked.
/// </summary>
public static class ShellCheckDialect
{
    // ash and busybox sh are dash's relatives; ShellCheck itself checks an ash shebang as dash (hence SC2187).
    private static readonly Dictionary<string, string> Dialects = new(StringComparer.Ordinal)
    {
        ["sh"] = "sh", ["bash"] = "bash", ["dash"] = "dash", ["ash"] = "dash", ["busybox"] = "dash", ["ksh"] = "ksh", ["mksh"] = "ksh",
        ["ksh93"] = "ksh", ["bash.exe"] = "bash", ["sh.exe"] = "sh",
    };

    /// <summary>The dialect for a SHELL argument list (<c>["/bin/bash", "-o", "pipefail", "-c"]</c>), or null.</summary>
    public static string? Of(IReadOnlyList<string> shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        if (shell.Count == 0) return null;
        var program = ProgramName(shell[0]);
        // "/usr/bin/env bash": the program env starts is the shell.
        if (program == "env") return shell.Skip(1).FirstOrDefault(a => !a.StartsWith('-')) is { } next ? OfProgram(next) : null;
        return OfProgram(shell[0]);
    }

    /// <summary>The dialect of a program name or path (<c>bash</c>, <c>/bin/sh</c>), or null.</summary>
    public static string? OfProgram(string program) => Dialects.GetValueOrDefault(ProgramName(program));

    /// <summary>The dialect a <c>#!</c> line names (<c>#!/bin/bash -e</c>, <c>#!/usr/bin/env sh</c>), or null (python, node, ...).</summary>
    public static string? OfShebang(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith("#!", StringComparison.Ordinal)) return null;
        var words = line[2..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : Of(words);
    }

    private static string ProgramName(string path)
    {
        var slash = path.Replace('\\', '/').LastIndexOf('/');
        return (slash >= 0 ? path[(slash + 1)..] : path).Trim().ToLowerInvariant();
    }
}
