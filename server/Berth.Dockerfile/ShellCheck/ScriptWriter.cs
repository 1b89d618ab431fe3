using System.Text;

namespace Berth.Dockerfile.ShellCheck;

/// <summary>Writes a script character by character, remembering the document offset each one came from (-1: Berth's own).</summary>
internal sealed class ScriptWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = [];

    public int Length => _text.Length;

    public void Synthetic(string text)
    {
        _text.Append(text);
        for (var i = 0; i < text.Length; i++) _offsets.Add(-1);
    }

    public void Source(char c, int offset)
    {
        _text.Append(c);
        _offsets.Add(offset);
    }

    /// <summary>Copies document text [start, end), turning CRLF and lone CR line breaks into LF (the LF keeps the break's offset).</summary>
    public void SourceText(string document, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = document[i];
            if (c == '\r')
            {
                if (i + 1 < end && document[i + 1] == '\n') continue;
                c = '\n';
            }
            Source(c, i);
        }
    }

    public bool EndsWithNewLine => _text.Length > 0 && _text[^1] == '\n';

    public (string Text, int[] Offsets) Build() => (_text.ToString(), _offsets.ToArray());
}
