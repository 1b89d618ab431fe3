namespace Berth.Cli.Commands;

/// <summary>
/// Shows progress: on a terminal one line redrawn in place with a bar ("[#####     ] 50% step 3/6"), otherwise
/// plain lines, so CI logs stay readable. Log lines are printed above the bar.
/// </summary>
internal sealed class ProgressLine(CliConsole console)
{
    private readonly Lock _gate = new();
    private bool _barShown;

    public void Log(string line)
    {
        lock (_gate)
        {
            ClearBar();
            console.Out.WriteLine(line);
        }
    }

    public void Bar(int percentage, string label)
    {
        if (!console.OutputIsTerminal) return;
        lock (_gate)
        {
            var filled = Math.Clamp(percentage, 0, 100) / 5;
            var text = $"[{new string('#', filled)}{new string(' ', 20 - filled)}] {percentage,3}% {label}";
            console.Out.Write("\r" + (text.Length > 100 ? text[..100] : text.PadRight(100)));
            _barShown = true;
        }
    }

    public void Done()
    {
        lock (_gate) ClearBar();
    }

    private void ClearBar()
    {
        if (!_barShown) return;
        console.Out.Write("\r" + new string(' ', 100) + "\r");
        _barShown = false;
    }
}
