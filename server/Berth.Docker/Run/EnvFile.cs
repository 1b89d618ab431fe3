namespace Berth.Docker.Run;

/// <summary>
/// Reads an env file the way <c>docker run --env-file</c> does: KEY=VALUE per line, the value taken literally
/// (no quotes removed, no expansion), '#' lines and blank lines skipped, and a bare KEY taking its value from
/// Berth's own environment (skipped when unset there).
/// </summary>
public static class EnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DockerOperationException($"The env file {path} (run.envFile) could not be read ({e.Message}); create it or fix run.envFile.");
        }
        return Parse(lines, path, Environment.GetEnvironmentVariable);
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(IEnumerable<string> lines, string path, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(lookup);
        var entries = new List<KeyValuePair<string, string>>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.TrimStart();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var eq = line.IndexOf('=');
            var key = eq < 0 ? line.TrimEnd() : line[..eq];
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
                throw new DockerOperationException($"{path}:{number}: \"{raw}\" is not KEY=VALUE; fix that line of the env file.");
            if (eq >= 0) entries.Add(new(key, line[(eq + 1)..]));
            else if (lookup(key) is { } value) entries.Add(new(key, value));
        }
        return entries;
    }
}
