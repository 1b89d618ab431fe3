using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Berth.LanguageServer.Configuration;

/// <summary>
/// The current "berth" settings. Taken from initializationOptions at start, then from
/// <c>workspace/configuration</c> (asked after initialized and on every didChangeConfiguration, when the
/// client supports it) or from the settings pushed with didChangeConfiguration. Diagnostics wait for a
/// pending answer so that the editor never flashes findings the user's settings would hide.
/// </summary>
public sealed class SettingsProvider(ILanguageClient client, ClientLogger log)
{
    // A client that claims configuration support but never answers must not block diagnostics for ever.
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private Task<BerthSettings> _current = Task.FromResult(BerthSettings.Default);
    private int _generation;
    private LintSettings _fileSettings = LintSettings.Default;

    public event Action? Changed;

    /// <summary>
    /// The settings in force — the workspace's .hadolint.yaml with the editor's settings layered on top —
    /// waiting for an outstanding request to the client if there is one.
    /// </summary>
    public async Task<BerthSettings> CurrentAsync(CancellationToken cancellationToken)
    {
        Task<BerthSettings> current;
        LintSettings fileSettings;
        lock (_lock)
        {
            current = _current;
            fileSettings = _fileSettings;
        }
        var editor = await current.WaitAsync(cancellationToken).ConfigureAwait(false);
        // The same settings give the same object, so what was computed under them (DockerfileLintCache) stays valid.
        if (_merged is { } last && ReferenceEquals(last.Editor, editor) && ReferenceEquals(last.File, fileSettings)) return last.Result;
        var merged = editor with { Lint = fileSettings.Merge(editor.Lint) };
        _merged = new Merged(editor, fileSettings, merged);
        return merged;
    }

    private sealed record Merged(BerthSettings Editor, LintSettings File, BerthSettings Result);

    private Merged? _merged;

    /// <summary>Uses the settings of the workspace's .hadolint.yaml as the base under the editor's settings.</summary>
    public void UseConfigFile(LintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        lock (_lock) _fileSettings = settings;
        Changed?.Invoke();
    }

    /// <summary>Uses settings the client sent directly (initializationOptions, pushed didChangeConfiguration).</summary>
    public void Use(JToken? section)
    {
        var settings = Read(section);
        lock (_lock)
        {
            _generation++;
            _current = Task.FromResult(settings);
        }
        Changed?.Invoke();
    }

    /// <summary>Asks the client for the "berth" section; until it answers, <see cref="CurrentAsync"/> waits.</summary>
    public void Refresh()
    {
        Task<BerthSettings> previous;
        int generation;
        lock (_lock)
        {
            previous = _current;
            generation = ++_generation;
            _current = FetchAsync(previous);
        }
        _ = NotifyWhenFetchedAsync(generation);
    }

    private async Task NotifyWhenFetchedAsync(int generation)
    {
        await CurrentAsync(CancellationToken.None).ConfigureAwait(false);
        bool latest;
        lock (_lock) latest = generation == _generation;
        if (latest) Changed?.Invoke();
    }

    private async Task<BerthSettings> FetchAsync(Task<BerthSettings> previous)
    {
        using var timeout = new CancellationTokenSource(AnswerTimeout);
        try
        {
            var request = new ConfigurationParams([new ConfigurationItem(null, "berth")]);
            var answer = await client.RequestAsync<JArray>("workspace/configuration", request, timeout.Token).ConfigureAwait(false);
            return Read(answer is { Count: > 0 } ? answer[0] : null);
        }
        catch (OperationCanceledException)
        {
            log.Warning($"The editor did not answer workspace/configuration within {AnswerTimeout.TotalSeconds:0} s; keeping the previous Berth settings.");
        }
        catch (RemoteInvocationException e)
        {
            log.Warning($"The editor refused workspace/configuration ({e.Message}); keeping the previous Berth settings.");
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The editor has gone; whatever waits on settings is about to be torn down too.
        }
        return await previous.ConfigureAwait(false);
    }

    private BerthSettings Read(JToken? section)
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(section, problems);
        foreach (var problem in problems) log.Warning(problem);
        return settings;
    }
}
