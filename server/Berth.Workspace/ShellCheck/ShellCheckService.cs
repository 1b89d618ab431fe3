using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.ShellCheck;

namespace Berth.Workspace.ShellCheck;

/// <summary>
/// Runs ShellCheck on a Dockerfile's RUN scripts (see <see cref="ShellCheckScripts"/>) and returns its findings as
/// graded diagnostics. Results are cached by (program, options, shell, script text), so re-checking a document whose
/// RUNs did not change starts no process: typing elsewhere stays fast. When the program is missing, the log hears it
/// once and the answer is simply "no SC findings"; a failing or slow program is reported in the log, never thrown.
/// </summary>
public sealed class ShellCheckService
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly Action<string> _log;
    private readonly IShellCheckProcess _process;
    private readonly TimeSpan _timeout;
    private readonly Func<string?> _pathVariable;
    private readonly LruCache<string, IReadOnlyList<ShellCheckComment>> _cache;
    // Messages already logged: absence and failures are said once, not on every keystroke.
    private readonly ConcurrentDictionary<string, byte> _said = new(StringComparer.Ordinal);

    /// <param name="log">Where to say that ShellCheck is missing or failed.</param>
    /// <param name="process">Runs the program (the real process unless a test counts invocations).</param>
    /// <param name="cacheSize">How many script results to keep.</param>
    /// <param name="timeout">How long one script may take before its findings are left out.</param>
    /// <param name="pathVariable">The PATH to search (the process's PATH by default).</param>
    public ShellCheckService(Action<string> log, IShellCheckProcess? process = null, int cacheSize = 8192, TimeSpan? timeout = null, Func<string?>? pathVariable = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        _log = log;
        _process = process ?? ShellCheckProcess.Instance;
        _timeout = timeout ?? DefaultTimeout;
        _pathVariable = pathVariable ?? (() => Environment.GetEnvironmentVariable("PATH"));
        _cache = new LruCache<string, IReadOnlyList<ShellCheckComment>>(cacheSize);
    }

    /// <summary>Script results held in the cache.</summary>
    public int CachedScripts => _cache.Count;

    /// <summary>
    /// ShellCheck's findings on <paramref name="document"/>, graded by <paramref name="settings"/> and the file's pragmas.
    /// <paramref name="programPath"/> is the configured program (null: search PATH). Cancelling stops the running process.
    /// </summary>
    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(DockerfileDocument document, LintSettings settings, string? programPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var scripts = ShellCheckScripts.Of(document);
        if (scripts.Count == 0) return [];
        var program = ShellCheckProgram.Find(programPath, _pathVariable());
        if (program is null)
        {
            SayOnce(string.IsNullOrWhiteSpace(programPath)
                ? "ShellCheck is not installed (no 'shellcheck' on PATH), so RUN instructions are checked without it. Install the 'shellcheck' package to get SC findings."
                : $"The ShellCheck program '{programPath}' does not exist, so RUN instructions are checked without it. Correct the shellcheck path setting or clear it to use the one on PATH.");
            return [];
        }

        var findings = new List<Diagnostic>();
        foreach (var script in scripts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var comments = await CommentsAsync(program, script, document, cancellationToken).ConfigureAwait(false);
            if (comments is null) break;
            findings.AddRange(ShellCheckFindings.From(script, comments));
        }
        return Linter.Grade(document, findings, settings);
    }

    /// <summary>The program's comments on one script (cached), or null when it failed (already logged).</summary>
    private async Task<IReadOnlyList<ShellCheckComment>?> CommentsAsync(string program, ShellCheckScript script, DockerfileDocument document, CancellationToken cancellationToken)
    {
        var arguments = Arguments(script.Dialect);
        var key = Key(program, arguments, script.Text);
        if (_cache.TryGet(key, out var cached)) return cached;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            var output = await _process.RunAsync(program, arguments, script.Text, timeout.Token).ConfigureAwait(false);
            var comments = ShellCheckOutput.Parse(output);
            _cache.Set(key, comments);
            return comments;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var line = document.Lines.PositionOf(script.Instruction.KeywordSpan.Start).Line + 1;
            SayOnce($"ShellCheck did not finish within {_timeout.TotalSeconds:0} s on the RUN at line {line}; its findings are left out for now.");
            return [];
        }
        catch (ShellCheckException e)
        {
            SayOnce(e.Message + " RUN instructions are checked without ShellCheck.");
            return null;
        }
    }

    /// <summary>The command line for one script: json1 report, no ~/.shellcheckrc (results depend on Berth's settings only),
    /// the dialect, hadolint's exclusions, and the script on stdin.</summary>
    public static IReadOnlyList<string> Arguments(string dialect) =>
        ["--format=json1", "--norc", "--shell=" + dialect, "--exclude=" + string.Join(",", ShellCheckFindings.Excluded.Select(ShellCheckFindings.Code)), "-"];

    private static string Key(string program, IReadOnlyList<string> arguments, string script)
    {
        var text = program + "\0" + string.Join("\0", arguments) + "\0" + script;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private void SayOnce(string message)
    {
        if (_said.TryAdd(message, 0)) _log(message);
    }
}
