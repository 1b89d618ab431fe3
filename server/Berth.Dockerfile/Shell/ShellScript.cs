using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Shell;

/// <summary>
/// A RUN command (or heredoc script) read as POSIX shell: its simple commands in order, whether a pipeline
/// appears, and whether <c>set -o pipefail</c> is switched on before it.
/// </summary>
public sealed class ShellScript(IReadOnlyList<ShellCommand> commands, bool hasPipe, bool setsPipefail)
{
    public IReadOnlyList<ShellCommand> Commands { get; } = commands;

    public bool HasPipe { get; } = hasPipe;

    public bool SetsPipefail { get; } = setsPipefail;

    public IEnumerable<ShellCommand> Named(params string[] names) => Commands.Where(c => c.Is(names));

    /// <summary>Reads <paramref name="text"/>; <paramref name="map"/> turns [start, end) indexes of the text into document spans.</summary>
    public static ShellScript Parse(string text, Func<int, int, TextSpan> map) => ShellParser.Parse(text, map);
}
