namespace Berth.Dockerfile.Text;

/// <summary>An LSP position: 0-based line and 0-based UTF-16 column.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>An LSP range of two positions.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End);
