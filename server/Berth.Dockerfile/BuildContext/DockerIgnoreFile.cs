using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// A parsed .dockerignore file, read line by line as the docker CLI reads it: a UTF-8 BOM is dropped, lines
/// starting with '#' are comments (only in the first column), other lines are trimmed, a leading '/' is
/// dropped (patterns are relative to the context root) and '!' marks an exception. Never throws: patterns
/// docker would refuse are reported in <see cref="Errors"/> and left out of <see cref="Patterns"/>.
/// </summary>
public sealed class DockerIgnoreFile
{
    private DockerIgnoreFile(IReadOnlyList<DockerIgnorePattern> patterns, IReadOnlyList<DockerIgnoreError> errors)
    {
        Patterns = patterns;
        Errors = errors;
    }

    public static DockerIgnoreFile Empty { get; } = new([], []);

    public IReadOnlyList<DockerIgnorePattern> Patterns { get; }

    /// <summary>Lines docker would refuse to build with ("!" alone, malformed character classes).</summary>
    public IReadOnlyList<DockerIgnoreError> Errors { get; }

    public static DockerIgnoreFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var patterns = new List<DockerIgnorePattern>();
        var errors = new List<DockerIgnoreError>();
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            ReadLine(text[start..lineEnd], new TextSpan(start, lineEnd - start), patterns, errors);
            start = end + 1;
        }
        return new DockerIgnoreFile(patterns, errors);
    }

    /// <summary>Patterns made in code, for example the Dockerfile kept in the context.</summary>
    public static DockerIgnoreFile FromPatterns(IEnumerable<string> lines) => Parse(string.Join('\n', lines));

    private static void ReadLine(string line, TextSpan span, List<DockerIgnorePattern> patterns, List<DockerIgnoreError> errors)
    {
        if (line.StartsWith('#')) return;
        var pattern = line.Trim();
        if (pattern.Length == 0) return;
        var invert = pattern[0] == '!';
        if (invert) pattern = pattern[1..].Trim();
        if (pattern.Length > 0)
        {
            pattern = SlashPath.Clean(pattern);
            if (pattern.Length > 1 && pattern[0] == '/') pattern = pattern[1..];
        }
        if (invert) pattern = "!" + pattern;
        var parsed = DockerIgnorePattern.Create(pattern, span, out var error);
        if (parsed is not null) patterns.Add(parsed);
        else errors.Add(new DockerIgnoreError(span, error!));
    }
}

/// <summary>A .dockerignore line docker refuses, with where it is and a sentence saying why.</summary>
public sealed record DockerIgnoreError(TextSpan Span, string Message);
