using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// A flag such as <c>--from=build</c> or <c>--link</c>. <see cref="Value"/> is null when there is no '=';
/// an empty string when there is one but nothing after it.
/// </summary>
public sealed record FlagSyntax(TextSpan Span, string Name, TextSpan NameSpan, string? Value, TextSpan? ValueSpan)
{
    /// <summary>The options of a comma-separated value such as <c>--mount=type=cache,target=/root/.cache</c>.</summary>
    public IReadOnlyList<FlagOption> Options(LogicalLine line, int valueStart)
    {
        var result = new List<FlagOption>();
        if (Value is null) return result;
        var start = 0;
        for (var i = 0; i <= Value.Length; i++)
        {
            if (i < Value.Length && Value[i] != ',') continue;
            var part = Value[start..i];
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? null : part[(eq + 1)..];
            result.Add(new FlagOption(key.Trim(), value, line.SourceSpan(valueStart + start, valueStart + i)));
            start = i + 1;
        }
        return result;
    }
}

/// <summary>One <c>key=value</c> part of a flag value (<c>type=cache</c>).</summary>
public sealed record FlagOption(string Key, string? Value, TextSpan Span);
