using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Shell;

/// <summary>
/// A simple command: its words after leading variable assignments and reserved words (<c>then</c>, <c>do</c>, ...),
/// whether it is part of a pipeline, and the assignments written before it (<c>DEBIAN_FRONTEND=noninteractive apt-get</c>).
/// </summary>
public sealed class ShellCommand(IReadOnlyList<ShellWord> words, IReadOnlyList<ShellWord> assignments, bool isPiped)
{
    public IReadOnlyList<ShellWord> Words { get; } = words;

    public IReadOnlyList<ShellWord> Assignments { get; } = assignments;

    /// <summary>True when the command's output goes into, or its input comes from, a pipe.</summary>
    public bool IsPiped { get; } = isPiped;

    /// <summary>The program name without its path (<c>/usr/bin/apt-get</c> is <c>apt-get</c>).</summary>
    public string Name => Words.Count == 0 ? "" : Path.GetFileName(Words[0].Value);

    public TextSpan NameSpan => Words.Count == 0 ? default : Words[0].Span;

    public TextSpan Span => Words.Count == 0 ? default : TextSpan.FromBounds(Words[0].Span.Start, Words[^1].Span.End);

    public IEnumerable<ShellWord> Arguments => Words.Skip(1);

    public bool Is(params string[] names) => names.Contains(Name, StringComparer.Ordinal);

    /// <summary>The first argument that is not an option (for <c>apt-get -q install</c> that is <c>install</c>).</summary>
    public ShellWord? Subcommand(IReadOnlySet<string>? optionsWithValue = null)
    {
        for (var i = 1; i < Words.Count; i++)
        {
            var word = Words[i];
            if (!word.IsOption) return word;
            if (optionsWithValue is not null && optionsWithValue.Contains(word.Value)) i++;
        }
        return null;
    }

    public bool HasOption(params string[] options) => Words.Skip(1).Any(w => options.Contains(w.Value, StringComparer.Ordinal)
        || options.Any(o => o.StartsWith("--", StringComparison.Ordinal) && w.Value.StartsWith(o + "=", StringComparison.Ordinal)));

    /// <summary>True when a short option letter appears alone or combined (<c>-y</c>, <c>-qy</c>).</summary>
    public bool HasShortFlag(char letter) =>
        Words.Skip(1).Any(w => w.Value.Length > 1 && w.Value[0] == '-' && w.Value[1] != '-' && w.Value.IndexOf(letter, 1) > 0 && !w.Value.Contains('=', StringComparison.Ordinal));

    /// <summary>The words after <paramref name="after"/> that are not options, skipping the values of options that take one.</summary>
    public IReadOnlyList<ShellWord> OperandsAfter(ShellWord after, IReadOnlySet<string>? optionsWithValue = null)
    {
        var result = new List<ShellWord>();
        var start = Words.ToList().IndexOf(after) + 1;
        for (var i = start; i < Words.Count; i++)
        {
            var word = Words[i];
            if (word.IsOption)
            {
                if (optionsWithValue is not null && optionsWithValue.Contains(word.Value)) i++;
                continue;
            }
            result.Add(word);
        }
        return result;
    }

    public override string ToString() => string.Join(' ', Words.Select(w => w.Value));
}
